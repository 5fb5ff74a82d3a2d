from django import forms
<%#orm%>

from .models import Item
<%/orm%>


# region form
<%#orm%>
class ItemForm(forms.ModelForm):
    """A form built from the Item model: its fields and its rules."""

    class Meta:
        model = Item
        fields = ("name",)
<%/orm%>
<%^orm%>
class NameForm(forms.Form):
    name = forms.CharField(label="Your name", max_length=100)
<%/orm%>
# endregion
