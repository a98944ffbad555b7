"""Provides `migrate`: wagtail-modeltranslation's, followed by indexes on the slug columns.

Listed before `wagtail_modeltranslation.migrate` in INSTALLED_APPS so that its command wins.
"""
