"""Consular posts abroad: their staff, API tokens, orders of materials and distribution reports."""
