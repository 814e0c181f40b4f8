from django.urls import path

from alerts import views

urlpatterns = [
    path("zoekopdracht-volgen/", views.signup, name="alerts_signup"),
    path("zoekopdracht-volgen/bevestigen/<str:key>/", views.confirm, name="alerts_confirm"),
    path("zoekopdracht-volgen/beheren/<str:key>/", views.manage, name="alerts_manage"),
    path("zoekopdracht-volgen/afmelden/<str:key>/", views.unsubscribe, name="alerts_unsubscribe"),
]
