"""The office's registers across trips: agreements, follow-ups and gifts."""

from ui.views.registers.window import AGREEMENTS, FOLLOW_UPS, GIFTS, RegistersWindow

__all__ = ["AGREEMENTS", "FOLLOW_UPS", "GIFTS", "RegistersWindow"]
