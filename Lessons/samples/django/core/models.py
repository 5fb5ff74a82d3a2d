<%#orm%>
from django.db import models


# region model
class Item(models.Model):
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ("id",)

    def __str__(self):
        return self.name
# endregion
<%/orm%>
<%^orm%>
# This project has no models yet. A model is a class that subclasses
# django.db.models.Model; after adding one, run
#   python manage.py makemigrations
#   python manage.py migrate
<%/orm%>
