from __future__ import annotations

from ingest.errors import SmartCityKBError


class IndexMissing(SmartCityKBError):
    pass


class IndexMismatch(SmartCityKBError):
    pass
