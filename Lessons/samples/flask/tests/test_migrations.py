from flask_migrate import check, upgrade

from <% project_name %> import create_app


def test_the_migrations_make_the_tables_of_the_models(tmp_path):
    db_path = tmp_path / "migrated.sqlite"
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "only for the tests",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}",
        }
    )
    with app.app_context():
        upgrade()
        # Fails (exit 1) if a model differs from what the migrations
        # make: run `flask db migrate` after changing a model.
        check()
