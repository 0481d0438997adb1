import factory
from django_otp.plugins.otp_totp.models import TOTPDevice
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "a-long-test-password-42"


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"editor{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        self.save()
        for name in names or ():
            self.groups.add(Group.objects.get_or_create(name=name)[0])


class TOTPDeviceFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    name = "Phone"
    confirmed = True

    class Meta:
        model = TOTPDevice
