"""Demo accounts: found by username or created, with one password for all of them.

The password is DEMO_PASSWORD when set (and then every demo account is reset to it), otherwise one
generated for the accounts a run creates and printed once; existing accounts keep theirs. Every demo
account gets an admin language (its staff would otherwise see the admin in the browser's language,
which may be one the admin is not translated into).
"""

import os
import secrets
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from wagtail.users.models import UserProfile


class DemoAccounts:
    def __init__(self, created: Counter | None = None):
        self.demo_password = os.environ.get("DEMO_PASSWORD", "")
        self.generated_password = ""
        self.created = created if created is not None else Counter()
        self._hash = ""  # the password hashed once: hashing takes about a second for each account
        self._checked: dict[str, bool] = {}

    def password_hash(self) -> str:
        if not self._hash:
            self._hash = make_password(self.new_password())
        return self._hash

    def has_demo_password(self, user) -> bool:
        if user.password not in self._checked:
            self._checked[user.password] = user.check_password(self.demo_password)
        return self._checked[user.password]

    def new_password(self) -> str:
        """DEMO_PASSWORD, or one password generated for all the accounts this run creates."""
        if self.demo_password:
            return self.demo_password
        if not self.generated_password:
            self.generated_password = secrets.token_urlsafe(12)
        return self.generated_password

    def ensure(self, username: str, *, superuser: bool = False, language: str = "", **fields):
        """The account `username`: created if missing, its password reset when DEMO_PASSWORD is set.

        `language` is the account's admin language (a permitted one; English when not given or not
        permitted); an account that already has one keeps it.
        """
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            create = User.objects.create_superuser if superuser else User.objects.create_user
            domain = "example.com" if superuser else "example.kz"
            user = create(username, f"{username}@{domain}", None, **fields)
            user.password = self.password_hash()
            user.save(update_fields=["password"])
            self.created["users"] += 1
        elif self.demo_password and not self.has_demo_password(user):
            user.password = self.password_hash()
            user.save(update_fields=["password"])
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            permitted = {code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES}
            profile.preferred_language = language if language in permitted else "en"
            profile.save(update_fields=["preferred_language"])
        return user
