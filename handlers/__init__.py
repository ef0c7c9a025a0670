"""Slack listeners, one ``register(app, ...)`` per area."""
