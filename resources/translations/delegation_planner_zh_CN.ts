<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement_dialog.py" line="+32"/>
        <source>Edit Agreement</source>
        <translation>编辑协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Agreement</source>
        <translation>新建协议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. zh, de</source>
        <translation>例如：zh, de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parties:</source>
        <translation>签约方(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signatories:</source>
        <translation>签字人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this meeting already has an agreement</source>
        <translation>此会见已有协议</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../ui/models/registers.py" line="+57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>团组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
</context>
<context>
    <name>AttendeeAnswer</name>
    <message>
        <location filename="../../ui/models/vocab_text.py" line="+107"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer yet</source>
        <translation>尚未答复</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <location filename="../../ui/widgets/attendee_picker.py" line="+151"/>
        <source>Filter by name or organization…</source>
        <translation>按姓名或单位筛选…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the people</source>
        <translation>筛选人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick who attends, and each one&apos;s role in the &amp;meeting:</source>
        <translation>勾选出席人员及其在会见中的身份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the trip by side and organization</source>
        <translation>本次访问人员（按方别和单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role in the meeting</source>
        <translation>会见中的身份</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick to add all people of {organization}</source>
        <translation>勾选以添加{organization}的全部人员</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Our delegation</source>
        <translation>我方代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host side</source>
        <translation>主方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Role of {name} in the meeting</source>
        <translation>{name}在会见中的身份</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BranchVenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/branch_venue_dialog.py" line="+36"/>
        <source>Edit Branch Venue</source>
        <translation>编辑分会场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Branch Venue</source>
        <translation>新建分会场</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Commerzbank Tower, conference room</source>
        <translation>例如：商务大厦会议室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local time:</source>
        <translation>当地时间：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online &amp;link:</source>
        <translation>线上链接(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>主办方(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} 不是本次访问涉及的机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attendees here:</source>
        <translation>本分会场出席人员(&amp;A)：</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Meeting: {title}, {day} {times} in {city}</source>
        <translation>会见：{title}，{city}当地时间 {day} {times}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the zone to see the meeting&apos;s time here.</source>
        <translation>请选择时区，以查看会见在此地的时间。</translation>
    </message>
</context>
<context>
    <name>BranchVenueEditing</name>
    <message>
        <location filename="../../ui/branch_venues.py" line="+98"/>
        <source>Remove the branch venue &apos;{label}&apos;?</source>
        <translation>移除分会场“{label}”？</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n attendee(s) will no longer join from there.</source>
        <translation>
            <numerusform>其 %n 名出席人员将不再从该处连线参加。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Branch Venue</source>
        <translation>移除分会场</translation>
    </message>
</context>
<context>
    <name>BranchVenueList</name>
    <message>
        <location filename="../../ui/views/branch_venue_list.py" line="+114"/>
        <source>Branch venues</source>
        <translation>分会场</translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/briefing_export.py" line="+54"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+192"/>
        <source>Export Briefing Pack</source>
        <translation>导出简报资料</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Internal: with private notes, notes on people and problems</source>
        <translation>内部版：含内部备注、人员备注和问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External: without private notes and notes on people</source>
        <translation>对外版：不含内部备注和人员备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sections (the cover and contents are always there)</source>
        <translation>章节（封面和目录始终包含）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rogramme at a glance on one page</source>
        <translation>日程一览（单页）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trip at a &amp;glance: stops, hotels, travel, delegation</source>
        <translation>行程概览(&amp;G)：各站、酒店、交通、代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule day by day, local and home time</source>
        <translation>逐日日程(&amp;S)，当地时间与国内时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;brief per meeting</source>
        <translation>每场会见一份简报(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreements to be signed, with their signatories</source>
        <translation>待签署协议及签字人(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Directories of people and organizations</source>
        <translation>人员与机构名录(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts and emergency numbers</source>
        <translation>联系方式与紧急电话(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;tribution list (external and personal packs)</source>
        <translation>分发名单（对外版和个人版）(&amp;T)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Also write the accessible edition as a &amp;Word document (DOCX) beside it</source>
        <translation>同时在PDF旁另存无障碍版Word文档（DOCX）(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same pack with headings, table headers, alt text and languages marked, for screen readers; the PDF cannot carry them</source>
        <translation>内容相同的简报材料，标注了标题、表头、替代文字和语言，供读屏软件使用；PDF无法包含这些信息</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pack &amp;for:</source>
        <translation>资料册对象(&amp;F)：</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The whole trip</source>
        <translation>整个行程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (delegation)</source>
        <translation>（代表团）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A personal pack holds only that person&apos;s meetings and the people they meet</source>
        <translation>个人资料册只包含此人的会见及其会见的人员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one recipient a line, copy 1 first</source>
        <translation>每行一位收件人，第1份在前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First, or the reader&apos;s own</source>
        <translation>第一份，或读者本人的一份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview and printing open the pack in the system&apos;s PDF viewer: this build of the app has no PDF viewer of its own.</source>
        <translation>预览和打印会在系统的 PDF 阅读器中打开简报：本版本的程序没有内置 PDF 阅读器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open in Viewer</source>
        <translation>在阅读器中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lang&amp;uage:</source>
        <translation>语言(&amp;U)：</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Editio&amp;n:</source>
        <translation>版本(&amp;N)：</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Problems found by the chec&amp;ks (internal only)</source>
        <translation>检查发现的问题（仅内部版）(&amp;K)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Logo:</source>
        <translation>徽标(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Version:</source>
        <translation>版本号(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;ipients:</source>
        <translation>收件人(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y:</source>
        <translation>份号(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+71"/>
        <location line="+41"/>
        <source>Cannot export the briefing pack</source>
        <translation>无法导出简报资料</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Laying out {file}…</source>
        <translation>正在排版 {file}…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wrote {file} ({pages} pages).</source>
        <translation>已写入 {file}（{pages} 页）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the accessible edition to {file}.</source>
        <translation>已将无障碍版本保存至{file}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: unexpected {kind}: {error}</source>
        <translation>{file}：意外的 {kind}：{error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo for the Cover</source>
        <translation>封面徽标</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_export.py" line="+211"/>
        <source>Writing the calendar…</source>
        <translation>正在写入日历…</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+178"/>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole &amp;trip</source>
        <translation>整个行程(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;person&apos;s meetings:</source>
        <translation>某人的会见(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each &amp;delegate into a folder ({n} files)</source>
        <translation>每位代表团成员各一份，存入文件夹(&amp;D)（{n} 个文件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;selected meetings ({n})</source>
        <translation>所选会见(&amp;S)（{n}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (delegation)</source>
        <translation>（代表团）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/dialogs/calendar_publish.py" line="+78"/>
        <source>External: without private notes and notes on people</source>
        <translation>对外版：不含内部备注和人员备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/dialogs/calendar_publish.py" line="+6"/>
        <source>Internal: with private notes</source>
        <translation>内部版：含内部备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hotel check-in and check-out days</source>
        <translation>酒店入住和退房日(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events keep their identity across exports: importing a newer file or subscribing updates them, and deleted meetings come out as cancelled.</source>
        <translation>日程项在多次导出之间保持同一标识：导入较新的文件或订阅即可更新，已删除的会见显示为已取消。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editio&amp;n:</source>
        <translation>版本(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the descriptions:</source>
        <translation>说明文字语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot export the calendar</source>
        <translation>无法导出日历</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Calendar exported</source>
        <translation>日历已导出</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder for the Delegates&apos; Calendars</source>
        <translation>代表团成员日历的文件夹</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_import.py" line="+116"/>
        <location line="+51"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Calendar files (*.ics *.ical *.ifb);;E-mail with a calendar (*.eml);;All files (*)</source>
        <translation>日历文件 (*.ics *.ical *.ifb);;含日历的电子邮件 (*.eml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Calendar: {name}</source>
        <translation>导入日历：{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stop whose dates and city fit each event</source>
        <translation>日期和城市与各日程项相符的一站</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put events at:</source>
        <translation>日程项放入：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Answers</source>
        <translation>登记答复(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n answer(s) to set</source>
        <translation>
            <numerusform>将登记 %n 条答复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{add} to add, {update} to update, {skip} to skip</source>
        <translation>新增 {add} 项，更新 {update} 项，跳过 {skip} 项</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <source>Cannot import the calendar</source>
        <translation>无法导入日历</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Import Calendar</source>
        <translation>导入日历</translation>
    </message>
</context>
<context>
    <name>CalendarPublishDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_publish.py" line="-31"/>
        <source>Publish Calendar</source>
        <translation>发布日历</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar address</source>
        <translation>日历地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the system keychain</source>
        <translation>取自系统钥匙串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole trip</source>
        <translation>整个行程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language of the descriptions</source>
        <translation>说明文字的语言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each event is kept in the calendar on the server: changed meetings are updated, deleted ones removed, and other entries there are left alone. A password typed here is used once and never saved.</source>
        <translation>每个日程条目都保存在服务器上的日历中：更改的会见随之更新，删除的会见随之移除，服务器上的其他条目保持不变。在此输入的密码仅使用一次，绝不保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar &amp;address:</source>
        <translation>日历地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editio&amp;n:</source>
        <translation>版本(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the descriptions:</source>
        <translation>说明文字的语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot publish the calendar</source>
        <translation>无法发布日历</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Publishing the calendar…</source>
        <translation>正在发布日历…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar published</source>
        <translation>日历已发布</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message numerus="yes">
        <location filename="../../ui/trip_files.py" line="+33"/>
        <source>Import Calendar (%n event(s))</source>
        <translation>
            <numerusform>导入日历（%n 个日程项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set Answers from a Reply (%n answer(s))</source>
        <translation>
            <numerusform>根据回复登记答复（%n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckSettings</name>
    <message>
        <location filename="../../ui/dialogs/check_settings.py" line="+44"/>
        <source>Time between a meeting&apos;s end and a departure</source>
        <translation>会见结束与出发之间的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between an arrival and the next meeting</source>
        <translation>抵达与下一场会见之间的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours (local time)</source>
        <translation>工作时间（当地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a flight</source>
        <translation>乘飞机前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a train</source>
        <translation>乘火车前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a car</source>
        <translation>乘汽车前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a bus</source>
        <translation>乘大巴前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a ferry</source>
        <translation>乘渡轮前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before other transport</source>
        <translation>乘其他交通工具前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a long-haul flight</source>
        <translation>长途飞行后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After another flight</source>
        <translation>其他航班后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a train</source>
        <translation>乘火车后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a car</source>
        <translation>乘汽车后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a bus</source>
        <translation>乘大巴后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a ferry</source>
        <translation>乘渡轮后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After other transport</source>
        <translation>乘其他交通工具后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A flight is long-haul from</source>
        <translation>长途飞行起算时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest start</source>
        <translation>最早开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest end</source>
        <translation>最晚结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between venues in different cities</source>
        <translation>不同城市的地点之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer on top of the drive</source>
        <translation>车程之外的缓冲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts worth more than this need approval</source>
        <translation>超过此价值的礼品需审批</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks turned off</source>
        <translation>已关闭的检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlaps</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer buffers</source>
        <translation>交通衔接时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel between venues</source>
        <translation>地点之间的路程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the stop</source>
        <translation>超出停留时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night hours</source>
        <translation>夜间时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekends</source>
        <translation>周末</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel gaps</source>
        <translation>行程空档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift values</source>
        <translation>礼品价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones of stops</source>
        <translation>站点时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined invitations</source>
        <translation>谢绝的邀请</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Travel documents</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid after leaving the Schengen area</source>
        <translation>离开申根区后护照有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid after leaving other countries</source>
        <translation>离开其他国家后护照有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa application before entry</source>
        <translation>入境前提交签证申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate&apos;s time to decide</source>
        <translation>领事馆审理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation letter before the latest day to apply</source>
        <translation>邀请函须早于最迟申请日</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Warn before the latest day to apply</source>
        <translation>最迟申请日前提醒</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passports</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visas</source>
        <translation>签证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation letters</source>
        <translation>邀请函</translation>
    </message>
</context>
<context>
    <name>CheckSettingsDialog</name>
    <message>
        <location line="+7"/>
        <source>Check Settings</source>
        <translation>检查设置</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checks</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../ui/widgets/choice_combo.py" line="+54"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a choice is required</source>
        <translation>必须选择一项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{name}&apos; fits {choices}{more}: type more of the name</source>
        <translation>“{name}”可对应{choices}{more}，请输入更完整的名称</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../ui/widgets/choice_list.py" line="+35"/>
        <source>Filter by name…</source>
        <translation>按名称筛选…</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Space ticks or unticks the current entry</source>
        <translation>按空格键勾选或取消勾选当前条目</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/store_failures.py" line="+22"/>
        <source>The store cannot be reached; your change was not saved.</source>
        <translation>无法连接数据库，您的修改未保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is saving to this store; your change was not saved. Try again in a moment.</source>
        <translation>另一个程序正在向此数据库保存数据，您的修改未保存。请稍后再试。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection to the store was lost while your change was being saved; it may have been saved. Look at it again before you repeat it.</source>
        <translation>保存您的修改时与数据库的连接中断；修改可能已经保存。请先查看当前状态，再决定是否重新操作。</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="+85"/>
        <source>The ranks of this side were changed by someone else; undoing would overwrite them, so nothing was changed. The list shows them now.</source>
        <translation>此方的礼宾顺序已被他人修改；撤销将覆盖其修改，因此未做任何更改。列表现已显示当前礼宾顺序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ranks of this side were changed by someone else; the list shows them now — drag again.</source>
        <translation>此方的礼宾顺序已被他人修改，列表现已显示当前礼宾顺序——请重新拖动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} added {what}</source>
        <translation>{who} 添加了{what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} deleted {what}</source>
        <translation>{who} 删除了{what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed {what}</source>
        <translation>{who} 修改了{what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{change} ({fields})</source>
        <translation>{change}（{fields}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{change} and one more change</source>
        <translation>{change}，以及另外 1 项更改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change} and {count} more changes</source>
        <translation>{change}，以及另外 {count} 项更改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change}, after you chose to merge &apos;{label}&apos;. Nothing was merged; the directory shows the entries as they are now.</source>
        <translation>{change}，这发生在您选择合并“{label}”之后，因此未作任何合并。名录现已显示这些条目的当前状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{change}, after you chose to delete &apos;{label}&apos;. Nothing was deleted; the window shows it as it is now.</source>
        <translation>{change}，这发生在您选择删除“{label}”之后，因此未删除任何内容。窗口现已显示其当前状态。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Add {kind} &apos;{label}&apos;</source>
        <translation>添加{kind}“{label}”</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{who} deleted the {kind} &apos;{label}&apos; at {when}; your change was not saved.</source>
        <translation>{who} 于 {when} 删除了{kind}“{label}”，您的修改未保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {kind} &apos;{label}&apos; was deleted by someone else; your change was not saved.</source>
        <translation>{kind}“{label}”已被他人删除，您的修改未保存。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&apos;{label}&apos; was changed by someone else; not saved.</source>
        <translation>“{label}”已被他人修改，未保存。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete {kind} &apos;{label}&apos;</source>
        <translation>删除{kind}“{label}”</translation>
    </message>
    <message>
        <location filename="../../ui/views/directory/commands.py" line="+38"/>
        <source>Merge into &apos;{label}&apos;</source>
        <translation>合并到“{label}”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import &apos;{file}&apos;</source>
        <translation>导入“{file}”</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="+99"/>
        <source>Reorder Delegation</source>
        <translation>调整代表团礼宾顺序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder Counterparts</source>
        <translation>调整对方人员礼宾顺序</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Edit {kind} &apos;{label}&apos;</source>
        <translation>编辑{kind}“{label}”</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Mark &apos;{label}&apos; Done</source>
        <translation>将“{label}”标记为已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &apos;{label}&apos; Open</source>
        <translation>将“{label}”标记为未完成</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The follow-up &apos;{label}&apos; was changed by someone else; it was not marked. The register shows it as it is now.</source>
        <translation>后续事项“{label}”已被他人修改，未作标记。台账现已显示其当前状态。</translation>
    </message>
    <message>
        <location filename="../../ui/side_commands.py" line="+29"/>
        <source>Move &apos;{name}&apos; to {side}</source>
        <translation>将“{name}”移至{side}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rank &apos;{name}&apos;</source>
        <translation>调整“{name}”的礼宾顺序</translation>
    </message>
</context>
<context>
    <name>CompanionWindow</name>
    <message>
        <location filename="../../ui/views/companion_window.py" line="+83"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="+59"/>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{who}&lt;/b&gt; saved a change to the {kind} &apos;{label}&apos; while you were editing it.</source>
        <translation>在您编辑{kind}“{label}”期间，&lt;b&gt;{who}&lt;/b&gt; 保存了对它的修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved a change to the {kind} &apos;{label}&apos; while you were editing it.</source>
        <translation>在您编辑{kind}“{label}”期间，其他人保存了对它的修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been overwritten. These fields were changed by both of you: keep your version, take theirs, or choose field by field.</source>
        <translation>未覆盖任何内容。以下字段双方都修改过：请保留您的版本、采用对方的版本，或逐个字段选择。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep &amp;Mine</source>
        <translation>保留我的版本(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;Theirs</source>
        <translation>采用对方的版本(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Selection</source>
        <translation>保存所选(&amp;S)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Changed by both of you</source>
        <translation>双方都修改过</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>your change to {fields}</source>
        <translation>您对{fields}的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>their change to {fields}</source>
        <translation>对方对{fields}的修改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged without asking: {what}.</source>
        <translation>未经询问已合并：{what}。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{merged} Take Theirs leaves your change out.</source>
        <translation>{merged}“采用对方的版本”将舍弃您的修改。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>passport …{end}</source>
        <translation>护照 …{end}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n visa(s)</source>
        <translation>
            <numerusform>%n 个签证</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectStoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_store.py" line="+67"/>
        <source>Connect to Shared Store</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. planner</source>
        <translation>例如：planner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no password field: the password comes from the PGPASSWORD environment variable or from a line in ~/.pgpass (host:port:database:user:password, readable by you only), and is never saved by this program. Without one the server answers &quot;{message}&quot;.</source>
        <translation>此处没有密码栏：密码取自环境变量 PGPASSWORD 或 ~/.pgpass 中的一行（host:port:database:user:password，仅限您本人可读），本程序从不保存密码。如果没有密码，服务器将回复“{message}”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Saved:</source>
        <translation>已保存(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to {url}…</source>
        <translation>正在连接 {url}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect: {reason}</source>
        <translation>无法连接：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected (PostgreSQL {server}): a Delegation Planner store (schema {schema}).</source>
        <translation>已连接（PostgreSQL {server}）：代表团访问规划数据库（架构版本 {schema}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected (PostgreSQL {server}), but the database holds another program&apos;s tables; it cannot be a store.</source>
        <translation>已连接（PostgreSQL {server}），但该数据库中有其他程序的表，无法用作本程序的数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected (PostgreSQL {server}): the database is empty; connecting makes a new store in it.</source>
        <translation>已连接（PostgreSQL {server}）：该数据库为空；连接后将在其中新建代表团访问规划数据库。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: a password does not belong in a store&apos;s location, where other users can see it; put it in PGPASSWORD or ~/.pgpass and leave it out. Nothing was connected or saved.</source>
        <translation>{field}：密码不应写在数据库的连接地址中，因为其他用户可以看到该地址。请将密码放在 PGPASSWORD 或 ~/.pgpass 中，此处不要填写。未进行连接，也未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ContactsExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/contacts_export.py" line="+29"/>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>适用于 Excel 的 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <source>Export People</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Everyone in the directory ({count})</source>
        <translation>名录中的所有人（{count}）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people the search s&amp;hows ({count})</source>
        <translation>搜索显示的人员（{count}）(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;selected people ({count})</source>
        <translation>选中的人员（{count}）(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>vCard 4.0 (.vcf): address books, phones, Outlook</source>
        <translation>vCard 4.0 (.vcf)：通讯录、手机、Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (.csv): Excel and other spreadsheets</source>
        <translation>CSV (.csv)：Excel 及其他电子表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/contacts_import.py" line="+54"/>
        <source>Contacts (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>联系人 (*.vcf *.csv *.txt);;vCard (*.vcf);;CSV (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+192"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Full name (split into family and given)</source>
        <translation>姓名（拆分为姓和名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Native-script name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+186"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB18030 (Chinese)</source>
        <translation>GB18030（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西欧）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and organization</source>
        <translation>姓名和机构相同</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import People: {file}</source>
        <translation>导入人员：{file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The country of phone numbers written without a country code</source>
        <translation>未写国家代码的电话号码所属的国家</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Merge duplicates into the existing people</source>
        <translation>将重复项合并到现有人员(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones without a &amp;country code are in:</source>
        <translation>无国家代码的电话号码属于(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>前几项值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Read as {encoding}</source>
        <translation>按 {encoding} 读取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import: {reason}</source>
        <translation>无法导入：{reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Line {line}: {name}, {reason} as {other} earlier in the file</source>
        <translation>第 {line} 行：{name}，与文件前面的 {other} {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {name}, {reason} as {other} in the directory</source>
        <translation>第 {line} 行：{name}，与名录中的 {other} {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duplicates ({count})</source>
        <translation>重复项（{count}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{people} people to add, {merged} to merge into people already there, {organizations} new organizations.</source>
        <translation>新增 {people} 人，{merged} 人合并到现有人员，新增 {organizations} 个机构。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be imported while {count} rows have problems: correct the file (or the column choices) and read it again.</source>
        <translation>仍有 {count} 行存在问题，无法导入：请修改文件（或列的对应关系）后重新读取。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import People</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../ui/views/contacts_panel.py" line="+80"/>
        <location line="+222"/>
        <source>Search names, organizations, positions…</source>
        <translation>搜索姓名、机构、职务…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>All sides</source>
        <translation>所有各方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>所有身份</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the people of this side</source>
        <translation>显示该方的人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the delegation members of this role</source>
        <translation>显示该身份的代表团成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this trip</source>
        <translation>本次访问的人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click a counterpart, or press Shift+F10, to move them to the host side or a third party.</source>
        <translation>右键单击对方人员，或按 Shift+F10，可将其移至主方或第三方。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to the &amp;Host Side</source>
        <translation>移至主方(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to a &amp;Third Party</source>
        <translation>移至第三方(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People ({count})</source>
        <translation>人员（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations ({count})</source>
        <translation>机构（{count}）</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Search people and organizations</source>
        <translation>搜索人员和机构</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../ui/widgets/country_combo.py" line="+39"/>
        <source>type a country or its code</source>
        <translation>输入国家名称或代码</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <location filename="../../ui/views/delegation/members.py" line="+45"/>
        <source>Rank</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/views/delegation/panel.py" line="+106"/>
        <source>Delegation, in order of ran&amp;k:</source>
        <translation>代表团（按礼宾顺序）(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation, in order of rank</source>
        <translation>代表团（按礼宾顺序）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a name, or press Ctrl+Up or Ctrl+Down, to rank it; F2 or Enter changes the role; Delete removes the person from the delegation.</source>
        <translation>拖动姓名或按 Ctrl+上 / Ctrl+下 调整顺序；按 F2 或回车更改角色；按 Delete 将此人移出代表团。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove from Delegation</source>
        <translation>移出代表团(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected person from the delegation</source>
        <translation>将所选人员移出代表团</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to the delegation</source>
        <translation>加入代表团</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>只读：{reason}。您可以查看所有内容，但不能做任何修改。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add {name} to the Delegation</source>
        <translation>将 {name} 加入代表团</translation>
    </message>
</context>
<context>
    <name>DirectoryOrganizationsModel</name>
    <message>
        <location filename="../../ui/models/directory.py" line="+295"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/views/directory/page.py" line="+110"/>
        <source>Native name:</source>
        <translation>原文名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>团组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a person or an organization to see their page.</source>
        <translation>选择一个人员或机构以查看其详情页。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Meetings attended ({count})</source>
        <translation>参加的会见（{count}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trips ({count})</source>
        <translation>团组（{count}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>People ({count})</source>
        <translation>人员（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings ({count})</source>
        <translation>会见（{count}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trip: {title}</source>
        <translation>团组：{title}</translation>
    </message>
</context>
<context>
    <name>DirectoryPeopleModel</name>
    <message>
        <location filename="../../ui/models/directory.py" line="-63"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>团组</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <location filename="../../ui/views/directory/window.py" line="+60"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Directory — People and Organizations</source>
        <translation>名录 — 人员与机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Person…</source>
        <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the directory</source>
        <translation>向名录中添加人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Organization…</source>
        <translation>新建机构(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organization to the directory</source>
        <translation>向名录中添加机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person or organization</source>
        <translation>编辑选中的人员或机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected person or organization</source>
        <translation>删除选中的人员或机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge two selected people or two organizations into one</source>
        <translation>将选中的两个人员或两个机构合并为一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import people from a vCard or CSV file</source>
        <translation>从 vCard 或 CSV 文件导入人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export people to a vCard or CSV file</source>
        <translation>将人员导出为 vCard 或 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;rase Person…</source>
        <translation>彻底删除人员(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything stored about the selected person (cannot be undone)</source>
        <translation>删除所存储的有关选中人员的全部信息（无法撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Personal &amp;Data…</source>
        <translation>导出个人数据(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write everything stored about the selected person into a JSON file</source>
        <translation>将所存储的有关选中人员的全部信息写入 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Organization</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Directory</source>
        <translation>名录(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data &amp;Protection</source>
        <translation>数据保护(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+413"/>
        <source>Directory</source>
        <translation>名录</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Search names in any script, organizations, positions, e-mail…</source>
        <translation>搜索任意文字的姓名、机构、职务、电子邮件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;People ({count})</source>
        <translation>人员（{count}）(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People ({count} of {total})</source>
        <translation>人员（{count}/{total}）(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organizations ({count})</source>
        <translation>机构（{count}）(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organizations ({count} of {total})</source>
        <translation>机构（{count}/{total}）(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <source>Delete &apos;{name}&apos; from the directory? They are taken off %n meeting(s).</source>
        <translation>
            <numerusform>要从名录中删除“{name}”吗？此人将从 %n 场会见中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete &apos;{name}&apos; from the directory? Its %n people stay, without an organization.</source>
        <translation>
            <numerusform>要从名录中删除“{name}”吗？其 %n 名人员将保留，但不再属于任何机构。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+269"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Imported {file}: {count} people added</source>
        <translation>已导入 {file}：新增 {count} 人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cannot erase</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Person erased</source>
        <translation>人员已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; has been erased. The undo history was cleared, so earlier edits can no longer be undone.</source>
        <translation>“{name}”已被彻底删除。撤销记录已清空，之前的修改无法再撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Personal Data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>Search the directory</source>
        <translation>搜索名录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in the directory</source>
        <translation>名录中的人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations in the directory</source>
        <translation>名录中的机构</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/dialogs/documents_page.py" line="+46"/>
        <source>These travel documents were entered with another documents key and cannot be read on this computer, so they are not shown; saving the person keeps them as they are. Every computer sharing this store needs the same key (DELEGATION_PLANNER_DOCUMENTS_KEY).</source>
        <translation>这些旅行证件是用另一个证件密钥录入的，本机无法读取，因此不予显示；保存此人员时将保持原样。共用此数据库的所有计算机须使用同一密钥（DELEGATION_PLANNER_DOCUMENTS_KEY）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nationalit&amp;y:</source>
        <translation>国籍(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the passport states it, for letters that ask for it</source>
        <translation>按护照所载填写，供需注明性别的函件使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passport &amp;number:</source>
        <translation>护照号码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passport &amp;kind:</source>
        <translation>护照类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Issued:</source>
        <translation>签发日期(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpires:</source>
        <translation>有效期至(&amp;X)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Visas:</source>
        <translation>签证(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Vi&amp;sa</source>
        <translation>添加签证(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;emove Visa</source>
        <translation>删除签证(&amp;E)</translation>
    </message>
</context>
<context>
    <name>DuplicateTripDialog</name>
    <message>
        <location filename="../../ui/dialogs/duplicate_trip.py" line="+26"/>
        <source>Duplicate Trip to New Dates</source>
        <translation>将团组复制到新日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/trip_files.py" line="+77"/>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every stop, transfer and meeting keeps its local time of day, shifted by whole days. People and organizations are shared with the original.</source>
        <translation>每一站、每段交通和每场会见都保留当地时刻，按整天平移。人员和机构与原团组共用。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_person.py" line="+26"/>
        <source>the person&apos;s own entry</source>
        <translation>此人本身的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendances at meetings</source>
        <translation>参加会见的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendances at branch venues</source>
        <translation>参加分会场的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>places in trips&apos; contact lists</source>
        <translation>团组联系人名单中的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memberships of delegations</source>
        <translation>代表团成员身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatures of agreements</source>
        <translation>协议签署记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records of their exported personal calendar</source>
        <translation>其个人日历的导出记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-ups they own (kept, without an owner)</source>
        <translation>由其负责的后续事项（保留，但不再有负责人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts they gave (kept, without the giver)</source>
        <translation>其赠送的礼品（保留，但不再记录赠送人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gifts they received (kept, without the recipient)</source>
        <translation>其收到的礼品（保留，但不再记录受赠人）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erase Person</source>
        <translation>彻底删除人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase &apos;{name}&apos; from the store: the entry and everything that links them, as the GDPR&apos;s right to erasure requires.</source>
        <translation>按照《通用数据保护条例》（GDPR）的删除权要求，从数据库中彻底删除“{name}”：包括其条目以及所有与其关联的记录。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Free text that still names them (edit it yourself if it must go):</source>
        <translation>仍提及此人的自由文本（如需删除，请自行编辑）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free text names them.</source>
        <translation>没有自由文本提及此人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cannot be undone. The undo history is cleared as well, so that no copy of their data stays behind. Backups and files exported earlier are not touched.</source>
        <translation>此操作无法撤销。撤销记录也将被清空，以免留下其数据的任何副本。备份和之前导出的文件不受影响。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Erase</source>
        <translation>彻底删除(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be removed:</source>
        <translation>将被删除的内容：</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/calendar_export.py" line="-10"/>
        <source>Wrote %n file(s) to {where}.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 {where}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s) in all.</source>
        <translation>
            <numerusform>共 %n 个日程项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/field_names.py" line="+11"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home time zone</source>
        <translation>国内时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>组织方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful numbers</source>
        <translation>常用号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>出发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging address</source>
        <translation>住宿地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging phone</source>
        <translation>住宿电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From airport or station</source>
        <translation>出发机场或车站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To airport or station</source>
        <translation>抵达机场或车站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From terminal</source>
        <translation>出发航站楼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To terminal</source>
        <translation>抵达航站楼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>舱位/席别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travellers</source>
        <translation>出行人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>承运方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>预订号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>所在站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue address</source>
        <translation>地点地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue city</source>
        <translation>地点城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>线上链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>其他机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giver</source>
        <translation>赠送方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>受赠方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel documents</source>
        <translation>旅行证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation purpose</source>
        <translation>邀请事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs borne by</source>
        <translation>费用承担方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation issued</source>
        <translation>邀请函签发日期</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up_dialog.py" line="+65"/>
        <source>Edit Follow-up</source>
        <translation>编辑后续事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Follow-up</source>
        <translation>新建后续事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a person of this trip</source>
        <translation>{name} 不是本次访问涉及的人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/models/registers.py" line="+52"/>
        <location line="+11"/>
        <location line="+33"/>
        <location line="+33"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>团组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overdue: due {day}, not done</source>
        <translation>已逾期：期限为 {day}，尚未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not done: tick when it is</source>
        <translation>未完成：完成后请勾选</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../ui/dialogs/gift_dialog.py" line="+52"/>
        <source>Edit Gift</source>
        <translation>编辑礼品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Gift</source>
        <translation>新建礼品</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dir&amp;ection:</source>
        <translation>类别(&amp;E)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gift:</source>
        <translation>礼品(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. porcelain vase</source>
        <translation>例如：瓷瓶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>赠送方(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>受赠方(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value:</source>
        <translation>价值(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60 or 1,250.50</source>
        <translation>例如：60 或 1,250.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is not a person or organization of this trip</source>
        <translation>{name} 不是本次访问涉及的人员或机构</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{value} is not an amount</source>
        <translation>{value} 不是有效金额</translation>
    </message>
</context>
<context>
    <name>GiftsModel</name>
    <message>
        <location filename="../../ui/models/registers.py" line="+23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>赠送方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>受赠方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip</source>
        <translation>团组</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/views/history.py" line="+40"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: → {new}</source>
        <translation>{field}：→ {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change} ({zone})</source>
        <translation>{change}（{zone}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="-565"/>
        <location filename="../../ui/views/history.py" line="-170"/>
        <source>{kind} &apos;{label}&apos;</source>
        <translation>{kind}“{label}”</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/views/history.py" line="+50"/>
        <source>&amp;Whole Trip</source>
        <translation>整个团组(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the history of the whole trip again</source>
        <translation>重新显示整个团组的历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>History of &apos;{label}&apos;</source>
        <translation>“{label}”的历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of the open trip</source>
        <translation>当前团组的历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trip is open.</source>
        <translation>未打开任何团组。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>History of changes</source>
        <translation>修改历史记录</translation>
    </message>
</context>
<context>
    <name>HybridText</name>
    <message>
        <location filename="../../ui/models/hybrid_text.py" line="+35"/>
        <source>{venue}, {city}: {times} ({zone})</source>
        <translation>{venue}，{city}：{times}（{zone}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{times} in {city} is {branch_times} here</source>
        <translation>{city} {times}，此地为 {branch_times}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hybrid meeting, also joined from:</source>
        <translation>线上线下结合会见，连线分会场：</translation>
    </message>
</context>
<context>
    <name>InvitationWords</name>
    <message>
        <location filename="../../ui/dialogs/invitations.py" line="+226"/>
        <source>Nobody on this trip has an e-mail address: there is nothing to send.</source>
        <translation>本次行程中没有人登记电子邮件地址，无需发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every invitation is up to date: there is nothing to send.</source>
        <translation>所有邀请均为最新，无需发送。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n 份邀请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n cancellation(s).</source>
        <translation>
            <numerusform>及 %n 份取消通知。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mail server is set (Edit ▸ Office and Mail Settings): save them as drafts.</source>
        <translation>尚未设置邮件服务器（编辑 ▸ 办公室与邮件设置），请将其另存为草稿。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Saved %n draft(s) in {folder}.</source>
        <translation>
            <numerusform>已将 %n 份草稿保存到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>已发送 %n 封邮件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <location line="-185"/>
        <location line="+98"/>
        <location line="+59"/>
        <source>Send Invitations</source>
        <translation>发送邀请</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Messages to send</source>
        <translation>待发送的邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>邮件类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From: {name} &lt;{address}&gt;</source>
        <translation>发件人：{name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;Drafts…</source>
        <translation>另存为草稿(&amp;D)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancellation (CANCEL)</source>
        <translation>取消通知（CANCEL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation (REQUEST)</source>
        <translation>邀请（REQUEST）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot send the invitations</source>
        <translation>无法发送邀请</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invitations are sent in the office&apos;s name: give its name and e-mail address first.</source>
        <translation>邀请以办公室的名义发送，请先填写办公室名称和电子邮箱。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing the invitations…</source>
        <translation>正在整理邀请…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for Invitation Drafts</source>
        <translation>邀请草稿文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending the invitations…</source>
        <translation>正在发送邀请…</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <location filename="../../ui/models/itinerary.py" line="+51"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{city} ({country})</source>
        <translation>{city}（{country}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <translation>出发</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departure from {city}</source>
        <translation>离开{city}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrival in {city}</source>
        <translation>抵达{city}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{mode} {number} {origin} → {destination}</source>
        <translation>{mode} {number} {origin} → {destination}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mode} {origin} → {destination}</source>
        <translation>{mode} {origin} → {destination}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Departs from terminal {terminal}</source>
        <translation>出发航站楼：{terminal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives at terminal {terminal}</source>
        <translation>抵达航站楼：{terminal}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Class: {travel_class}</source>
        <translation>舱位/席别：{travel_class}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seat: {seat}</source>
        <translation>座位：{seat}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}
{when}</source>
        <translation>{what}
{when}</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <location filename="../../ui/views/itinerary_panel.py" line="+44"/>
        <source>Itinerary: stops and transfers</source>
        <translation>行程：各站与交通</translation>
    </message>
</context>
<context>
    <name>LayoutView</name>
    <message>
        <location filename="../../ui/views/protocol/layout_view.py" line="+65"/>
        <source>Seating for talks</source>
        <translation>会谈座次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>签字仪式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banquet seating</source>
        <translation>宴会座次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats in the cars</source>
        <translation>乘车座次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host side</source>
        <translation>主方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest side</source>
        <translation>客方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet assigned</source>
        <translation>尚未安排</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at {venue}</source>
        <translation>在{venue}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Rear right</source>
        <translation>后排右座</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rear left</source>
        <translation>后排左座</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front right</source>
        <translation>前排右座</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table {table}, seat {seat}</source>
        <translation>第{table}桌，{seat}号座</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Head of side</source>
        <translation>★ 主要负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing assistant</source>
        <translation>助签人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interpreter</source>
        <translation>译员</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>摄影位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>旗架</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table {number}</source>
        <translation>第{number}桌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car {number}</source>
        <translation>{number}号车</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Hosts: the delegation</source>
        <translation>主方：代表团</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts: counterparts</source>
        <translation>主方：对方人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests: counterparts</source>
        <translation>客方：对方人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guests: the delegation</source>
        <translation>客方：代表团</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Joining from {venue}:</source>
        <translation>自{venue}连线：</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Signing table</source>
        <translation>签字桌</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters_export.py" line="+45"/>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office settings have no address.</source>
        <translation>办公室设置中未填写地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office settings have no phone.</source>
        <translation>办公室设置中未填写电话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office settings name no signatory.</source>
        <translation>办公室设置中未填写签字人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trip&apos;s invitation does not say who pays.</source>
        <translation>本次访问的邀请信息未写明费用承担方。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+55"/>
        <source>Visa Letters and Delegation List</source>
        <translation>签证邀请函和代表团名单</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Language of the letters</source>
        <translation>邀请函语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (DOCX), to put on the letterhead</source>
        <translation>Word（DOCX），便于套用本单位信笺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One letter per &amp;delegate</source>
        <translation>每位团员单独一封(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be written</source>
        <translation>将写入的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What will be written:</source>
        <translation>将写入的内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save to Folder…</source>
        <translation>保存到文件夹(&amp;S)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the travel documents…</source>
        <translation>正在读取旅行证件…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invited (a visa is needed):</source>
        <translation>列入邀请函（需办理签证）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegate needs a visa: no invitation letter is written.</source>
        <translation>无团员需要签证，不生成邀请函。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not invited (no visa needed):</source>
        <translation>未列入邀请函（无需签证）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To complete before sending:</source>
        <translation>发出前需补全：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (no rule decides: invited to be safe)</source>
        <translation>{name}（无适用规则，稳妥起见列入邀请函）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({rule})</source>
        <translation>（{rule}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: no {fields} recorded</source>
        <translation>{name}：未登记{fields}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder for the Letters</source>
        <translation>邀请函保存文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace {files} in {folder}?</source>
        <translation>是否替换{folder}中的{files}？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the letters…</source>
        <translation>正在生成邀请函…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>已将%n个文件保存到{folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalTimeEdit</name>
    <message>
        <location filename="../../ui/widgets/local_time_edit.py" line="+59"/>
        <source>The clocks go back here: this wall time happens twice. Which one?</source>
        <translation>此时当地时钟回拨：这个时刻会出现两次。指哪一次？</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{wall} does not exist in {zone} (the clocks skip that hour)</source>
        <translation>{wall} 在 {zone} 不存在（时钟跳过了这一小时）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>first ({offset})</source>
        <translation>第一次（{offset}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second ({offset})</source>
        <translation>第二次（{offset}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>= {time} {zone}, {day}</source>
        <translation>= {day} {time} {zone}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/trip_files.py" line="-88"/>
        <source>Trip files (*.trip.json *.json)</source>
        <translation>团组文件 (*.trip.json *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <source>Delegation Planner stores (*.sqlite);;All files (*)</source>
        <translation>代表团访问规划数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+204"/>
        <location filename="../../ui/window_frame.py" line="+76"/>
        <source>Trips</source>
        <translation>团组</translation>
    </message>
    <message>
        <location filename="../../ui/window_frame.py" line="-51"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Itinerary</source>
        <translation>行程(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>会见(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People a&amp;nd Organizations</source>
        <translation>人员与机构(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule</source>
        <translation>日程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+1"/>
        <location filename="../../ui/window_frame.py" line="+49"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+78"/>
        <source>&amp;New Store…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect to S&amp;hared Store…</source>
        <translation>连接共享数据库(&amp;H)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Trip File…</source>
        <translation>导入团组文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export Trip File…</source>
        <translation>导出团组文件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export &amp;Calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Ca&amp;lendar…</source>
        <translation>导入日历(&amp;L)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export &amp;Briefing Pack…</source>
        <translation>导出简报资料(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>&amp;Edit Selected…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;History of Selected</source>
        <translation>所选项的历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Delete Selected…</source>
        <translation>删除所选(&amp;D)…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Export Trip File with &amp;Travel Documents…</source>
        <translation>导出团组文件（含旅行证件）(&amp;T)…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Find Trip</source>
        <translation>查找团组(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check &amp;Settings…</source>
        <translation>检查设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Office and Mail Settings…</source>
        <translation>办公室与邮件设置(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Trip…</source>
        <translation>新建团组(&amp;N)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit &amp;Trip…</source>
        <translation>编辑团组(&amp;T)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;uplicate Trip to New Dates…</source>
        <translation>将团组复制到新日期(&amp;U)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De&amp;lete Trip…</source>
        <translation>删除团组(&amp;L)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Stop…</source>
        <translation>添加一站(&amp;S)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add T&amp;ransfer…</source>
        <translation>添加交通(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;Meeting…</source>
        <translation>添加会见(&amp;M)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add &amp;Person…</source>
        <translation>添加人员(&amp;P)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add &amp;Organization…</source>
        <translation>添加机构(&amp;O)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pu&amp;blish Calendar…</source>
        <translation>发布日历(&amp;B)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send &amp;Invitations…</source>
        <translation>发送邀请(&amp;I)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;About Delegation Planner</source>
        <translation>关于代表团访问规划(&amp;A)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;People and Organizations…</source>
        <translation>人员与机构(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Agreements…</source>
        <translation>协议(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Follow-ups…</source>
        <translation>后续事项(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gifts…</source>
        <translation>礼品(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="+106"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="-303"/>
        <location filename="../../ui/window_frame.py" line="-44"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="-29"/>
        <source>Open &amp;Recent Store</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Trip</source>
        <translation>团组(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Directory</source>
        <translation>名录(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Protocol</source>
        <translation>礼宾(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="+19"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+1"/>
        <location filename="../../ui/window_frame.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+36"/>
        <source>Delegation Planner — {name}</source>
        <translation>代表团访问规划 — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../../ui/window_frame.py" line="+42"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/window_frame.py" line="-54"/>
        <source>Dele&amp;gation</source>
        <translation>代表团(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protoco&amp;l</source>
        <translation>礼宾安排(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+54"/>
        <source>New Store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/trip_clock.py" line="+49"/>
        <source>Home {time} ({zone})</source>
        <translation>国内 {time}（{zone}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{city} {time} ({zone})</source>
        <translation>{city} {time}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../ui/record_edits.py" line="+110"/>
        <source>Delete &apos;{label}&apos;?</source>
        <translation>删除“{label}”？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This also deletes {what}.</source>
        <translation>这也会删除{what}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Duplicate &apos;{title}&apos;</source>
        <translation>复制“{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/trip_files.py" line="+24"/>
        <source>Import Trip File</source>
        <translation>导入团组文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import &apos;{title}&apos;</source>
        <translation>导入“{title}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Imported {file}</source>
        <translation>已导入 {file}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Update &apos;{title}&apos; from {file}</source>
        <translation>从 {file} 更新“{title}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updated from {file}</source>
        <translation>已从 {file} 更新</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filled in from the city and country:</source>
        <translation>已根据城市和国家补全：</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Already in the directory, kept as they are there:</source>
        <translation>名录中已有，保持原样：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Trip File</source>
        <translation>导出团组文件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../ui/colleague_questions.py" line="+40"/>
        <source>&apos;{label}&apos; was also changed by someone else; both changes were kept.</source>
        <translation>“{label}”也已被他人修改；双方的修改均已保留。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save what you typed as a new {kind}? You can undo this.</source>
        <translation>将您输入的内容另存为新的{kind}？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted by Someone Else</source>
        <translation>已被他人删除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+320"/>
        <source>{who}: {action} {what}</source>
        <translation>{who} {action}了{what}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(and %n more change(s))</source>
        <translation>
            <numerusform>（另有 %n 项更改）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store can be reached again.</source>
        <translation>数据库已恢复连接。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../../ui/views/companion_window.py" line="+39"/>
        <source>The store cannot be reached; trying again every second…</source>
        <translation>无法连接数据库；每秒重试一次…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../ui/read_only.py" line="+35"/>
        <source>{user} may only read this store (viewer role)</source>
        <translation>{user} 对此数据库只有读取权限（查看者角色）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is read-only</source>
        <translation>{file} 为只读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} cannot be read</source>
        <translation>无法读取 {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>只读：{reason}。您可以查看所有内容，但不能做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+20"/>
        <location filename="../../ui/window_frame.py" line="+29"/>
        <source>Delegation Planner</source>
        <translation>代表团访问规划</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="+50"/>
        <source>The store cannot be reached; try again when the status bar says it is back.</source>
        <translation>无法连接数据库；请在状态栏显示已恢复连接后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+15"/>
        <source>About Delegation Planner</source>
        <translation>关于代表团访问规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation Planner {version}
Store: {store}</source>
        <translation>代表团访问规划 {version}
数据库：{store}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="+268"/>
        <source>Visa Letters and Dele&amp;gation List…</source>
        <translation>签证邀请函和代表团名单(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="+39"/>
        <source>Edit Meeting</source>
        <translation>编辑会见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Meeting</source>
        <translation>新建会见</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop:</source>
        <translation>所在站(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a stop of this trip</source>
        <translation>{name} 不是本次访问的一站</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sta&amp;rt:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Venue a&amp;ddress:</source>
        <translation>地点地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue cit&amp;y:</source>
        <translation>地点城市(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stop&apos;s city</source>
        <translation>所在站的城市</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online &amp;link:</source>
        <translation>线上链接(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>主办方(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} 不是本次访问涉及的机构</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;bjectives:</source>
        <translation>目标(&amp;B)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talking &amp;points:</source>
        <translation>谈话要点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one point per line</source>
        <translation>每行一个要点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other or&amp;ganizations:</source>
        <translation>其他机构(&amp;G)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attendees:</source>
        <translation>出席人员(&amp;A)：</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Ans&amp;wers:</source>
        <translation>答复(&amp;W)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None yet: answers come from the attendees&apos; replies (Import Calendar)</source>
        <translation>暂无：答复来自出席人员的回复（导入日历）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;ivate notes:</source>
        <translation>内部备注(&amp;I)：</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{name}: {answer}</source>
        <translation>{name}：{answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{answer}, {day}</source>
        <translation>{answer}，{day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trip has no stops yet: add a stop first</source>
        <translation>本次访问还没有任何一站：请先添加一站</translation>
    </message>
</context>
<context>
    <name>MeetingItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_item.py" line="+72"/>
        <source>T&amp;rip:</source>
        <translation>团组(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a trip of this store</source>
        <translation>{name} 不是本数据库中的团组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meeting:</source>
        <translation>会见(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a meeting of this trip</source>
        <translation>{name} 不是本次访问的会见</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the trip has no meetings yet: add a meeting first</source>
        <translation>本次访问还没有任何会见：请先添加会见</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../ui/models/meetings.py" line="+60"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{time} (+{days})</source>
        <translation>{time}（+{days}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{city} ({zone})</source>
        <translation>{city}（{zone}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attendees</source>
        <translation>无出席人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {answer}</source>
        <translation>{name}：{answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{venue}
Host: {host}</source>
        <translation>{venue}
主办方：{host}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} declined</source>
        <translation>{count} 人谢绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tentative</source>
        <translation>{count} 人暂定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} accepted</source>
        <translation>{count} 人接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Declined: {names}</source>
        <translation>谢绝：{names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tentative: {names}</source>
        <translation>暂定：{names}</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../ui/views/meetings_panel.py" line="+65"/>
        <location line="+174"/>
        <source>Search titles, venues, hosts and people…</source>
        <translation>搜索标题、地点、主办方和人员…</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+170"/>
        <source>Stop</source>
        <translation>站</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+170"/>
        <source>Only the meetings at this stop</source>
        <translation>仅显示这一站的会见</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>Only the meetings on this local day</source>
        <translation>仅显示当地这一天的会见</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+161"/>
        <source>Only the meetings of this kind</source>
        <translation>仅显示此类型的会见</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+159"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+159"/>
        <source>Only the meetings in this status</source>
        <translation>仅显示此状态的会见</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+169"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <source>Only the meetings this person attends</source>
        <translation>仅显示此人出席的会见</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+186"/>
        <source>Show &amp;cancelled</source>
        <translation>显示已取消(&amp;C)</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+262"/>
        <source>Meetings: {shown} of {total}</source>
        <translation>会见：{shown} / {total}</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+50"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+53"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Add &amp;Branch Venue…</source>
        <translation>添加分会场(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another place the selected meeting is joined from, at the same time</source>
        <translation>同时连线参加所选会见的另一个地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Bra&amp;nch Venue…</source>
        <translation>编辑分会场(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Branch Venue</source>
        <translation>移除分会场(&amp;R)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{city} (from {day})</source>
        <translation>{city}（自{day}起）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All stops</source>
        <translation>所有站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings: {total}</source>
        <translation>会见：{total}</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Search meetings</source>
        <translation>搜索会见</translation>
    </message>
</context>
<context>
    <name>MemberAdder</name>
    <message>
        <location filename="../../ui/views/delegation/adder.py" line="+137"/>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the directory…</source>
        <translation>正在读取名录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name, organization or e-mail</source>
        <translation>姓名、机构或电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person to add to the delegation</source>
        <translation>查找要加入代表团的人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who can be added</source>
        <translation>可加入的人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join as:</source>
        <translation>加入身份(&amp;J)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w Person…</source>
        <translation>新建人员(&amp;W)…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Role of the person added</source>
        <translation>加入人员的身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Delegation</source>
        <translation>加入代表团(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the delegation</source>
        <translation>将所选人员加入代表团</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new person and add them</source>
        <translation>录入新人员并加入代表团</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} is one of this trip&apos;s people</source>
        <translation>{name} 是本次访问的人员</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="+43"/>
        <source>Merge People</source>
        <translation>合并人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Organizations</source>
        <translation>合并机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These two entries will become one. The one you keep takes the other&apos;s details where its own are empty, and the other&apos;s meetings, trips and links move to it. You can undo this.</source>
        <translation>这两个条目将合并为一个。保留的条目在自身信息空缺处采用另一条目的信息，另一条目的会见、团组及关联均转到保留的条目。此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These two organizations will become one. The one you keep takes the other&apos;s details where its own are empty, and the other&apos;s people and meetings move to it. You can undo this.</source>
        <translation>这两个机构将合并为一个。保留的机构在自身信息空缺处采用另一机构的信息，另一机构的人员和会见均转到保留的机构。此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep this one</source>
        <translation>保留此项</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Honorific:</source>
        <translation>称谓：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Meetings:</source>
        <translation>会见：</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Trips:</source>
        <translation>团组：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Native name:</source>
        <translation>原文名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>人员：</translation>
    </message>
</context>
<context>
    <name>NumberList</name>
    <message>
        <location filename="../../ui/widgets/number_list.py" line="+39"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful numbers</source>
        <translation>常用号码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;dd number</source>
        <translation>添加号码(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move number</source>
        <translation>删除号码(&amp;M)</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/office_settings.py" line="+40"/>
        <location line="+115"/>
        <source>Office and Mail Settings</source>
        <translation>办公室与邮件设置</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Office name</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office e-mail address</source>
        <translation>办公室电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mail server port</source>
        <translation>邮件服务器端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt with S&amp;TARTTLS</source>
        <translation>使用 STARTTLS 加密(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server user</source>
        <translation>邮件服务器用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server password</source>
        <translation>邮件服务器密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>不变（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for drafts</source>
        <translation>草稿文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder for drafts</source>
        <translation>选择草稿文件夹</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Office &amp;name:</source>
        <translation>办公室名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;e-mail:</source>
        <translation>办公室电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail &amp;server:</source>
        <translation>邮件服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drafts folder:</source>
        <translation>草稿文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events with attendees name the office as their organizer, and invitations are sent from its address. The password is kept in the system keychain, never in a file; without a keychain, set DELEGATION_PLANNER_SMTP_PASSWORD.</source>
        <translation>有参会人员的日程以办公室为组织者，邀请从办公室的邮箱发出。密码保存在系统钥匙串中，绝不写入文件；如无钥匙串，请设置环境变量 DELEGATION_PLANNER_SMTP_PASSWORD。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{address} is not an e-mail address.</source>
        <translation>{address} 不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Folder for Invitation Drafts</source>
        <translation>邀请草稿文件夹</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Office postal address</source>
        <translation>办公室通信地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office phone</source>
        <translation>办公室电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signs invitation letters</source>
        <translation>邀请函签字人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Function of the signatory</source>
        <translation>签字人职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City letters are dated in</source>
        <translation>邀请函落款城市</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ignatory:</source>
        <translation>签字人(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s &amp;function:</source>
        <translation>签字人职务(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City of letters:</source>
        <translation>落款城市(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/widgets/optional_date.py" line="+31"/>
        <source>none</source>
        <translation>未填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the day as 2027-04-05, or pick it; Delete leaves it open.</source>
        <translation>按 2027-04-05 格式输入日期或从日历中选择；按 Delete 键留空。</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../ui/dialogs/organization_dialog.py" line="+22"/>
        <source>Edit Organization</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Organization</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nati&amp;ve name:</source>
        <translation>原文名称(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 南山区人民政府</source>
        <translation>例如：南山区人民政府</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sector:</source>
        <translation>行业(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. automotive, biotech</source>
        <translation>例如：汽车、生物技术</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="+120"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>原文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>OverviewDays</name>
    <message numerus="yes">
        <location filename="../../ui/views/trip_overview.py" line="+109"/>
        <source>%n meetings on these days; the Meetings tab lists each.</source>
        <translation>
            <numerusform>这些日期共有 %n 场会见，逐场列表见“会见”标签页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 场会见</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassportNumberEdit</name>
    <message>
        <location filename="../../ui/widgets/passport_number.py" line="+27"/>
        <source>Show passport number</source>
        <translation>显示护照号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the passport number</source>
        <translation>显示或隐藏护照号码</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="-74"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native name</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="+40"/>
        <source>Edit Person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Native-script &amp;name:</source>
        <translation>原文姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 王磊</source>
        <translation>例如：王磊</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Honorific:</source>
        <translation>称谓(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Dr., Prof., Mr.</source>
        <translation>例如：博士、教授、先生</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organi&amp;zation:</source>
        <translation>机构(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} 不是本次访问涉及的机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not an organization of the directory</source>
        <translation>{name} 不是名录中的机构</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phon&amp;e:</source>
        <translation>电话(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. +49 69 1234567</source>
        <translation>例如 +86 755 2666 0000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. de, en, zh</source>
        <translation>例如：de, en, zh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 is the most senior; none leaves the order open. The rank in this trip only: a member of the delegation ranks within the delegation, anyone else among the trip&apos;s counterparts.</source>
        <translation>1 为最高级别；“无”表示不定排序。仅为本次访问的排序：代表团成员在代表团内排序，其他人在本次访问的对方人员中排序。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;recedence:</source>
        <translation>礼宾顺序(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gener&amp;al</source>
        <translation>基本信息(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Documents</source>
        <translation>证件(&amp;D)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{codes} is not a two-letter language code (such as de, en, zh)</source>
        <translation>{codes} 不是两个字母的语言代码（如 de、en、zh）</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <location filename="../../ui/widgets/place_edit.py" line="+33"/>
        <source>airport code (FRA, EDDF) or station</source>
        <translation>机场代码（FRA、EDDF）或车站</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/views/problems_panel.py" line="+71"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+103"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Problems of the trip</source>
        <translation>团组的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows what the selected problem is about</source>
        <translation>按回车键查看所选问题涉及的内容</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <location filename="../../ui/views/protocol/panel.py" line="+234"/>
        <source>&amp;Delegation, in order of rank:</source>
        <translation>代表团，按礼宾顺序(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counterparts, in order of rank:</source>
        <translation>对方人员，按礼宾顺序(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a name to another place, or press Ctrl+Up or Ctrl+Down, to rank it.</source>
        <translation>将姓名拖到其他位置，或按 Ctrl+上方向键 / Ctrl+下方向键，即可调整礼宾顺序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seating plan for &amp;meeting:</source>
        <translation>座次安排，选择会见(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trip&apos;s meetings with people on both sides</source>
        <translation>本次访问中双方均有人员出席的会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spea&amp;king order:</source>
        <translation>发言顺序(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;yout:</source>
        <translation>布局(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By the kind of meeting</source>
        <translation>按活动类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cars</source>
        <translation>乘车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seating layout</source>
        <translation>座次布局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting&apos;s own layout (talks, signing, banquet), the cars or the photo</source>
        <translation>活动本身的布局（会谈、签字、宴请）、乘车或合影</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place c&amp;ards…</source>
        <translation>席卡(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write place cards</source>
        <translation>生成席卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PDF of folded tent cards, one for each attendee at the main venue</source>
        <translation>折叠式席卡 PDF，主会场每位出席者一张</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No trip is open.</source>
        <translation>未打开任何团组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting of this trip has people on both sides yet.</source>
        <translation>本次访问尚无双方均有人员出席的会见。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (from {venue})</source>
        <translation>（通过 {venue} 连线）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Place cards</source>
        <translation>席卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/protocol/rank_list.py" line="+204"/>
        <source>Rank {rank}</source>
        <translation>礼宾顺序第 {rank} 位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No rank yet</source>
        <translation>尚未排定礼宾顺序</translation>
    </message>
</context>
<context>
    <name>PublishReport</name>
    <message>
        <location filename="../../ui/dialogs/calendar_publish.py" line="+10"/>
        <source>Published to {url}: {new} new, {changed} changed, {deleted} deleted, {unchanged} unchanged.</source>
        <translation>已发布到 {url}：新增 {new} 项，更改 {changed} 项，删除 {deleted} 项，未变 {unchanged} 项。</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../ui/dialogs/form.py" line="+384"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save yet: {problem}</source>
        <translation>暂无法保存：{problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>暂无法保存：{problem}（另有 %n 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location line="-229"/>
        <source>{title} (read-only)</source>
        <translation>{title}（只读）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: {reason}. You can look at everything but change nothing.</source>
        <translation>只读：{reason}。您可以查看所有内容，但不能做任何修改。</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../ui/commands.py" line="-49"/>
        <source>Trip</source>
        <translation>团组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>交通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/views/history.py" line="-65"/>
        <source>Branch Venue</source>
        <translation>分会场</translation>
    </message>
    <message>
        <location filename="../../ui/views/history.py" line="-1"/>
        <source>Delegation Member</source>
        <translation>代表团成员</translation>
    </message>
</context>
<context>
    <name>RegistersWindow</name>
    <message>
        <location filename="../../ui/views/registers/window.py" line="+230"/>
        <source>Registers — Agreements, Follow-ups and Gifts</source>
        <translation>台账 — 协议、后续事项与礼品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an agreement, follow-up or gift to a meeting</source>
        <translation>为会见添加协议、后续事项或礼品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry</source>
        <translation>编辑选中的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected entry</source>
        <translation>删除选中的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+250"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>&amp;Mark Done</source>
        <translation>标记为已完成(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-up done, or open again</source>
        <translation>将选中的后续事项标记为已完成，或重新打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Meeting</source>
        <translation>转到会见(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected entry&apos;s meeting in the main window</source>
        <translation>在主窗口中显示选中条目所属的会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Meeting</source>
        <translation>转到会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Register</source>
        <translation>台账(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <location line="+25"/>
        <source>Registers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Search titles, parties, signatories, meetings…</source>
        <translation>搜索标题、签约方、签字人、会见…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search tasks, owners, meetings…</source>
        <translation>搜索任务、负责人、会见…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search gifts, givers, receivers…</source>
        <translation>搜索礼品、赠送方、受赠方…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Partner:</source>
        <translation>合作方(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trip:</source>
        <translation>团组(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;irection:</source>
        <translation>类别(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;done</source>
        <translation>显示已完成(&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All partners</source>
        <translation>所有合作方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All trips</source>
        <translation>所有团组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given and received</source>
        <translation>赠送和受赠</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n 项后续事项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing overdue</source>
        <translation>无逾期事项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Given: {amounts}</source>
        <translation>赠送：{amounts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received: {amounts}</source>
        <translation>受赠：{amounts}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No values recorded for these gifts</source>
        <translation>这些礼品未记录价值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Agreements ({count})</source>
        <translation>协议（{count}）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-ups ({count})</source>
        <translation>后续事项（{count}）(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts ({count})</source>
        <translation>礼品（{count}）(&amp;G)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delete &apos;{label}&apos;? You can undo this.</source>
        <translation>删除“{label}”？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Search agreements</source>
        <translation>搜索协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search follow-ups</source>
        <translation>搜索后续事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search gifts</source>
        <translation>搜索礼品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../ui/views/delegation/members.py" line="+112"/>
        <source>Role in the delegation</source>
        <translation>在代表团中的身份</translation>
    </message>
</context>
<context>
    <name>ScheduleCanvas</name>
    <message>
        <location filename="../../ui/views/schedule/canvas.py" line="+108"/>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arrow keys go from block to block, Enter edits, Ctrl+arrow keys move the meeting, Ctrl+Shift+Up or Down change its end.</source>
        <translation>方向键在日程块之间移动，回车键编辑；Ctrl+方向键移动会见，Ctrl+Shift+上/下方向键调整其结束时间。</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>No trip is open.</source>
        <translation>未打开任何团组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This trip has no stops yet: add one to plan its days.</source>
        <translation>本次访问还没有任何一站：请添加一站以安排日程。</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location line="-481"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/views/schedule/accessible.py" line="+112"/>
        <source>{times} local time</source>
        <translation>当地时间{times}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/views/schedule/canvas.py" line="+500"/>
        <source>{times} at home ({zone})</source>
        <translation>{zone} {times}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <comment>between the parts of a spoken name</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {time}</source>
        <translation>{time}起</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until {time}</source>
        <translation>至{time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay in {city}, {day}, {times}</source>
        <translation>停留于{city}，{day}，{times}</translation>
    </message>
    <message>
        <location filename="../../ui/views/schedule/painting.py" line="+101"/>
        <location line="+359"/>
        <source>Local</source>
        <translation>当地</translation>
    </message>
    <message>
        <location line="-367"/>
        <location line="+373"/>
        <source>Home</source>
        <translation>国内</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{day} · {hours} h</source>
        <translation>{day} · {hours} 小时</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>{zone} (home time)</source>
        <translation>{zone}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>home {difference}</source>
        <translation>国内 {difference}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>clocks go back {hours} at {time}</source>
        <translation>{time} 时钟回拨 {hours}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clocks go forward {hours} at {time}</source>
        <translation>{time} 时钟拨快 {hours}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 attendee</source>
        <translation>1 人出席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} attendees</source>
        <translation>{count} 人出席</translation>
    </message>
    <message>
        <location filename="../../ui/views/schedule/view.py" line="+60"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>New meeting</source>
        <translation>新建会见</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Export Schedule as Image</source>
        <translation>将日程导出为图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Previous days (Alt+Left)</source>
        <translation>前几天（Alt+左方向键）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day shown</source>
        <translation>显示的第一天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next days (Alt+Right)</source>
        <translation>后几天（Alt+右方向键）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days shown</source>
        <translation>显示天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} days</source>
        <translation>{count} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First Day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the trip&apos;s first day (Alt+Home)</source>
        <translation>跳到行程的第一天（Alt+Home）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snap</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drags and Ctrl+arrow keys move meetings by this step</source>
        <translation>拖动和Ctrl+方向键按此步长移动会见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap {minutes} min</source>
        <translation>对齐 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the meetings this person attends</source>
        <translation>仅显示此人出席的会见</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show cancelled meetings, struck through</source>
        <translation>以删除线显示已取消的会见</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Image…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the visible schedule as a PNG image, e.g. to print it</source>
        <translation>将可见的日程保存为 PNG 图片，例如用于打印</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{px} px/h</source>
        <translation>{px} 像素/小时</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Previous days</source>
        <translation>前几天</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next days</source>
        <translation>后几天</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>More schedule tools</source>
        <translation>更多日程工具</translation>
    </message>
</context>
<context>
    <name>SeatingPlanView</name>
    <message>
        <location filename="../../ui/views/protocol/seating_view.py" line="+71"/>
        <source>Seating plan</source>
        <translation>座次图</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Hosts: the delegation</source>
        <translation>主方：代表团</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts: counterparts</source>
        <translation>主方：对方人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests: the delegation</source>
        <translation>客方：代表团</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guests: counterparts</source>
        <translation>客方：对方人员</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>★ Head of side</source>
        <translation>★ 主位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>译员</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No guest seated at the table</source>
        <translation>客方无人入座</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No host seated at the table</source>
        <translation>主方无人入座</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Joining from {venue}:</source>
        <translation>通过 {venue} 连线参加：</translation>
    </message>
    <message>
        <location filename="../../ui/views/protocol/seat_access.py" line="+48"/>
        <source>, </source>
        <comment>between the parts of a spoken name</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{side}, seat {number} of {count}: {person}</source>
        <translation>{side}，第{number}座（共{count}座）：{person}</translation>
    </message>
</context>
<context>
    <name>StartFrame</name>
    <message>
        <location filename="../../ui/window_frame.py" line="-15"/>
        <source>Opening store…</source>
        <translation>正在打开数据库……</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../ui/dialogs/stop_dialog.py" line="+38"/>
        <source>Edit Stop</source>
        <translation>编辑一站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Stop</source>
        <translation>新建一站</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a city, e.g. Shanghai, Nürnberg, 青岛</source>
        <translation>输入城市，如上海、纽伦堡、青岛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. DE-BY</source>
        <translation>可选，例如 CN-GD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrival:</source>
        <translation>抵达(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>出发(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;firmation:</source>
        <translation>确认号(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../../ui/models/timetext.py" line="+21"/>
        <source>ddd d MMM</source>
        <comment>a short day as a QLocale date format</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ddd d MMM yyyy</source>
        <comment>a day with its year as a QLocale date format</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yyyy-MM-dd</source>
        <comment>a day in digits as a QLocale date format</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{day} {time} {zone} (UTC{offset})</source>
        <translation>{day} {time} {zone}（UTC{offset}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} {time} at home ({zone})</source>
        <translation>{zone} {day} {time}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer_dialog.py" line="+47"/>
        <source>Edit Transfer</source>
        <translation>编辑交通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Transfer</source>
        <translation>新建交通</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home</source>
        <translation>国内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a stop of this trip</source>
        <translation>{name} 不是本次访问的一站</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>出发地(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From air&amp;port or station:</source>
        <translation>出发机场或车站(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From termina&amp;l:</source>
        <translation>出发航站楼(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>e.g. 1, 2E</source>
        <translation>例如：1、2E</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;To:</source>
        <translation>目的地(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To airp&amp;ort or station:</source>
        <translation>抵达机场或车站(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To term&amp;inal:</source>
        <translation>抵达航站楼(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mode:</source>
        <translation>交通方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca&amp;rrier:</source>
        <translation>承运方(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Lufthansa, DB</source>
        <translation>例如：汉莎航空、中国国航</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;umber:</source>
        <translation>班次(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. LH 728, ICE 521</source>
        <translation>例如：CA 932、G 101</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Departure:</source>
        <translation>出发(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrival:</source>
        <translation>抵达(&amp;A)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Class:</source>
        <translation>舱位/席别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. business, 1st</source>
        <translation>例如：公务舱、一等座</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Seat:</source>
        <translation>座位(&amp;S)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the group&apos;s</source>
        <translation>团组座位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eference:</source>
        <translation>预订号(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group booking reference</source>
        <translation>团组预订号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tra&amp;vellers:</source>
        <translation>出行人员(&amp;V)：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>TravellerTable</name>
    <message>
        <location filename="../../ui/widgets/traveller_table.py" line="+49"/>
        <source>Traveller</source>
        <translation>出行人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>预订号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travellers&apos; own bookings</source>
        <translation>个人预订</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody ticked: the whole delegation travels.</source>
        <translation>未勾选任何人：全团出行。</translation>
    </message>
</context>
<context>
    <name>TripAlreadyStoredDialog</name>
    <message>
        <location filename="../../ui/dialogs/trip_already_stored.py" line="+21"/>
        <source>Trip Already Imported</source>
        <translation>团组已导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store already holds the trip {id} &apos;{title}&apos;.</source>
        <translation>此数据库中已有团组 {id}“{title}”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update it with the file&apos;s changes (one step, which Undo takes back), or import the file as a second trip with new calendar identities?</source>
        <translation>是用文件中的更改更新该团组（一步操作，可用“撤销”恢复），还是将文件作为第二个团组导入并使用新的日历标识？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update the Stored Trip</source>
        <translation>更新已存团组(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as a &amp;Copy</source>
        <translation>作为副本导入(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../ui/dialogs/trip_dialog.py" line="+34"/>
        <source>Edit Trip</source>
        <translation>编辑团组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Trip</source>
        <translation>新建团组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or&amp;ganizer:</source>
        <translation>组织方(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an organization of this trip</source>
        <translation>{name} 不是本次访问涉及的机构</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Home zone:</source>
        <translation>国内时区(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Classi&amp;fication:</source>
        <translation>密级(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Di&amp;rection:</source>
        <translation>团组类型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who travels: the briefing pack&apos;s title and the calendar&apos;s name say whether this is a visit your delegation makes or a visit your office receives.</source>
        <translation>由谁出行：简报资料的标题和日历名称据此注明是我方代表团出访，还是本单位接待来访。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seating r&amp;ules:</source>
        <translation>座次规则(&amp;U)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which side is the place of honour in this trip&apos;s seating plans, signing and banquet layouts, cars and group photo. Foreign affairs: the right is the place of honour (以右为上), as international practice has it. Domestic Chinese: the left is the place of honour (以左为上), as in domestic Chinese political settings.</source>
        <translation>本次访问的座次、签字仪式和宴会布局、乘车及合影以哪一侧为尊。外事：以右为上（右侧为尊位），符合国际惯例。国内：以左为上（左侧为尊位），适用于国内政务场合。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Invitation purpose:</source>
        <translation>邀请事由(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The purpose of the visit as the invitation letter states it (empty: the trip&apos;s purpose)</source>
        <translation>邀请函所述的访问事由（留空则使用本次访问的目的）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Costs borne b&amp;y:</source>
        <translation>费用承担方(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In&amp;vitation issued:</source>
        <translation>邀请函签发日期(&amp;V)：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>e.g. the delegates&apos; employer</source>
        <translation>例如：代表团成员的派出单位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Useful num&amp;bers:</source>
        <translation>常用号码(&amp;B)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
</context>
<context>
    <name>TripListModel</name>
    <message>
        <location filename="../../ui/models/trip_list.py" line="+33"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>TripNavigator</name>
    <message>
        <location filename="../../ui/views/trip_navigator.py" line="+83"/>
        <location line="+1"/>
        <source>Search trips</source>
        <translation>搜索团组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips</source>
        <translation>团组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys choose a trip, Enter edits it, Tab moves on</source>
        <translation>用方向键选择团组，按回车键编辑，按 Tab 键继续</translation>
    </message>
</context>
<context>
    <name>TripOverview</name>
    <message>
        <location filename="../../ui/views/trip_overview.py" line="-65"/>
        <source>{time} home</source>
        <translation>国内 {time}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Home zone:</source>
        <translation>国内时区：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
</context>
<context>
    <name>VisaTable</name>
    <message>
        <location filename="../../ui/widgets/visa_table.py" line="+43"/>
        <source>Area</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>签证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>入境次数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visas</source>
        <translation>签证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area: a country code (CN) or Schengen. Entries: 1, 2, … or multiple. Arrow keys move between cells, F2 edits one, Tab leaves the table.</source>
        <translation>国家或地区：国家代码（如 CN）或申根区（Schengen）。入境次数：1、2……或多次。用方向键切换单元格，按 F2 编辑，按 Tab 键离开表格。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>multiple</source>
        <translation>多次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schengen</source>
        <translation>申根区</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../ui/widgets/vocab_combo.py" line="+36"/>
        <location line="+12"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/models/vocab_text.py" line="-94"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>参观考察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing</source>
        <translation>签字仪式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banquet</source>
        <translation>宴请</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Briefing</source>
        <translation>情况介绍</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <location line="+99"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+100"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bus</source>
        <translation>大巴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ferry</source>
        <translation>渡轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>交通</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head of delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>团员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Interpreter</source>
        <translation>译员</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host side</source>
        <translation>主方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Foreign affairs: the right is the place of honour</source>
        <translation>外事：以右为上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domestic Chinese: the left is the place of honour</source>
        <translation>国内：以左为上</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visit made: our delegation travels</source>
        <translation>出访：我方代表团赴外访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit received: we host a delegation</source>
        <translation>来访：我方接待来访代表团</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note-taker</source>
        <translation>记录员</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>科研机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MoU</source>
        <comment>memorandum of understanding</comment>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of intent</source>
        <translation>意向书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Given</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受赠</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverse</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ordinary passport</source>
        <translation>普通护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service passport</source>
        <translation>公务护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diplomatic passport</source>
        <translation>外交护照</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/branch_venues.py" line="+21"/>
        <location filename="../../ui/workspace.py" line="+219"/>
        <source>This store is read-only: {reason}</source>
        <translation>此数据库为只读：{reason}</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <location filename="../../ui/widgets/zone_picker.py" line="+40"/>
        <source>type part of a zone, e.g. Shanghai</source>
        <translation>输入时区名称的一部分，例如 Shanghai</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../ui/views/problems_panel.py" line="-124"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
</TS>
