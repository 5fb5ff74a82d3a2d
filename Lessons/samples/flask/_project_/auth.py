"""Logging in and out with Flask-Login; passwords are stored hashed."""

from urllib.parse import urlsplit

import click
from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import LoginManager, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired

from .models import User, db

# cli_group=None makes the command `flask create-user`, not
# `flask auth create-user`.
bp = Blueprint("auth", __name__, cli_group=None)

login_manager = LoginManager()
login_manager.login_view = "auth.login"  # where @login_required sends


@login_manager.user_loader
def load_user(user_id):
    return db.session.get(User, int(user_id))


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    submit = SubmitField("Log in")


# region next_url
def is_safe_next(target):
    """Whether `target` is a path on this site, safe to redirect to.

    Like Django's url_has_allowed_host_and_scheme: no scheme or host,
    and nothing a browser reads as one (`//evil.example`, a backslash,
    a tab or newline, which browsers drop from URLs).
    """
    if not target or not target.startswith("/"):
        return False
    if target.startswith(("//", "/\\")):
        return False
    if any(ord(char) < 32 or ord(char) == 127 for char in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc
# endregion


# region login
@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        query = db.select(User).filter_by(username=form.username.data)
        user = db.session.scalar(query)
        if user is not None and user.check_password(form.password.data):
            login_user(user)
            # Back to the page that asked for a login, if it is ours.
            target = request.args.get("next")
            if not is_safe_next(target):
                target = url_for("auth.account")
            return redirect(target)
        flash("Wrong username or password.")
    return render_template("auth/login.html", form=form)
# endregion


@bp.post("/logout")
def logout():
    # An empty FlaskForm still checks the CSRF token.
    if not FlaskForm().validate_on_submit():
        abort(400)
    logout_user()
    return redirect(url_for("main.index"))


@bp.get("/account")
@login_required
def account():
    return render_template("auth/account.html", logout_form=FlaskForm())


# region create_user
@bp.cli.command("create-user")
@click.argument("username")
@click.password_option()
@click.option("--admin", is_flag=True, help="Let the user open /admin/.")
def create_user(username, password, admin):
    """Add a user who can log in."""
    if db.session.scalar(db.select(User).filter_by(username=username)):
        raise click.ClickException(f"User {username!r} already exists.")
    user = User(username=username, is_admin=admin)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    role = "an admin" if admin else "a user"
    click.echo(f"Created {role}: {username!r}.")
# endregion
