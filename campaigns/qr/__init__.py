"""QR codes on printed materials: short links that count scans, with no personal data."""
