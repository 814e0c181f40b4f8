from django.urls import path

from feedback import views

urlpatterns = [
    path("nuttig/<int:page_id>/", views.submit_feedback, name="feedback_submit"),
    path("teller/aanbod/<str:page_id>/", views.count_offering_view, name="feedback_count_view"),
    path("doorverwijzing/<int:page_id>/<slug:target>/", views.outbound, name="feedback_outbound"),
]
