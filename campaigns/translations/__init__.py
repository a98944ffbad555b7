"""Translating pages: per-language status, PO export and import for human translators."""
