"""Onboarding: guided first-day introduction for municipal employees."""

__version__ = "0.1.0"
APP_NAME = "Onboarding"
ORG_NAME = "Onboarding"
