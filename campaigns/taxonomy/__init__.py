"""Translated vocabularies editors pick from: audiences, later exploitation forms and centres."""
