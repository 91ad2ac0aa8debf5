"""The names Arabic exports give the columns (CSV headers) and fields (JSON keys) of an article, by the field
marsad reads them into (:data:`marsad.ingest.jsonl.FIELD_NAMES` adds them after its own names).

Written as spreadsheets and Arabic scrapers head their columns; matched as written (after the reader folds
case, which Arabic does not have) and without the article, so ``النص`` and ``نص`` are both listed.
"""

from __future__ import annotations

__all__ = ["COLUMN_NAMES"]

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("المعرف", "الرقم"),
    "url": ("الرابط", "رابط", "رابط الخبر"),
    "outlet": ("المصدر", "مصدر", "الموقع", "الصحيفة", "الجريدة", "الناشر"),
    "published": ("التاريخ", "تاريخ", "تاريخ النشر"),
    "title": ("العنوان", "عنوان", "عنوان الخبر"),
    "text": ("النص", "نص", "نص الخبر", "المحتوى", "المتن", "الخبر", "نص المقال"),
}
