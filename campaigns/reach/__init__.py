"""Reach: field activities, their aggregate figures, semester review and the PNA roll-up."""
