"""Page images and the PDF of print editions, outside the admin: readers see those of public editions."""

from django.urls import path

from . import views

urlpatterns = [
    path("<int:page_id>/edition.pdf", views.edition_pdf, name="editions_pdf"),
    path("<int:page_id>/<int:number>/<str:kind>.jpg", views.page_image, name="editions_page_image"),
]
