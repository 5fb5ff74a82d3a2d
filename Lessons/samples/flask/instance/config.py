# This project's own settings, read by create_app. The instance folder
# is git-ignored, so the secret key never reaches a repository.
# Made by Crossroads; to make another key:
#   python -c "import secrets; print(secrets.token_urlsafe(50))"
SECRET_KEY = "<% secret_key %>"
