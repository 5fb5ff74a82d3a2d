# This project's secret key, made for it by Crossroads. The instance
# folder is git-ignored: every copy of the project makes its own key.
SECRET_KEY = "<% secret_key %>"
