"""Forms with Flask-WTF."""

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length


class NameForm(FlaskForm):
    # FlaskForm adds a hidden csrf_token field and checks it on submit.
    name = StringField(
        "Your name",
        validators=[DataRequired(), Length(max=100)],
    )
    submit = SubmitField("Say hello")


class ItemForm(FlaskForm):
    name = StringField(
        "Name",
        validators=[DataRequired(), Length(max=100)],
    )
    submit = SubmitField("Add")
