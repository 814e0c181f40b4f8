from django.urls import path

from feedback import views

urlpatterns = [
    path("nuttig/<int:page_id>/", views.submit_feedback, name="feedback_submit"),
    path("doorverwijzing/<int:page_id>/<slug:target>/", views.outbound, name="feedback_outbound"),
]
