"""Orders in the admin: a post orders materials, coordinators approve, reject and ship them,
the post confirms receipt. Staff only ever see their own post's orders (others are 403)."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import HeaderButton

from campaigns.pages.roles import is_coordinator
from campaigns.submissions.once import SentOnceMixin, settle, spend

from ..forms import CommentForm, OrderForm, OrderLineFormSet, language_name
from ..models import Order
from ..orders import OrderError, advance, create_order, may
from ..roles import scoped
from .base import ORDERS_INDEX, PostOnlyMixin, PostsView, StatusPostFilterForm, get_for_post_staff


def orders_for(user):
    return scoped(Order.objects.select_related("post", "created_by"), user).order_by(
        "-created_at", "-pk"
    )


class OrderFilterForm(StatusPostFilterForm):
    statuses = Order.Status.choices


class OrderIndexView(PostsView):
    template_name = "posts/order_index.html"
    page_title = _("Material orders")
    header_icon = "clipboard-list"

    def get_header_buttons(self):
        return [HeaderButton(_("New order"), reverse("consular_orders:add"), icon_name="plus")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = OrderFilterForm(self.request.GET or None, user=self.request.user)
        orders = filters.apply(orders_for(self.request.user).annotate(line_count=Count("lines")))
        context.update(filter_form=filters, **self.paginate(orders))
        return context


class OrderCreateView(SentOnceMixin, PostsView):
    template_name = "posts/order_form.html"
    page_title = _("New order")
    header_icon = "clipboard-list"
    index_url = ORDERS_INDEX
    index_label = _("Material orders")
    repeat_fallback = ORDERS_INDEX

    def get(self, request):
        return self.render(OrderForm(user=request.user), OrderLineFormSet(prefix="lines"))

    def post(self, request):
        form = OrderForm(request.POST, user=request.user)
        lines = OrderLineFormSet(request.POST, prefix="lines")
        if form.is_valid() and lines.is_valid():
            try:
                with transaction.atomic():
                    submission = spend(request)
                    order = create_order(
                        form.cleaned_data["post"],
                        request.user,
                        lines.lines(),
                        note=form.cleaned_data["note"],
                    )
                    settle(submission, reverse("consular_orders:detail", args=[order.pk]))
            except IntegrityError:
                form.add_error(
                    None, _("The order could not be saved and nothing was recorded. Try again.")
                )
            else:
                messages.success(
                    request,
                    _("Order %(number)s was submitted to the national coordinators.")
                    % {"number": order.pk},
                )
                return redirect("consular_orders:detail", order.pk)
        messages.error(request, _("The order was not submitted: correct the errors below."))
        return self.render(form, lines)

    def render(self, form, lines):
        return self.render_to_response(self.get_context_data(form=form, lines=lines))


class OrderDetailView(PostsView):
    template_name = "posts/order_detail.html"
    header_icon = "clipboard-list"
    index_url = ORDERS_INDEX
    index_label = _("Material orders")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        queryset = Order.objects.select_related("post", "created_by")
        self.order = get_for_post_staff(queryset, request.user, kwargs["pk"])

    def get_page_title(self):
        return _("Order %(number)s") % {"number": self.order.pk}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        order, user = self.order, self.request.user
        Status = Order.Status
        lines = [
            {"line": line, "language": language_name(line.language)}
            for line in order.lines.select_related("material").order_by("pk")
        ]
        context.update(
            order=order,
            lines=lines,
            can_decide=is_coordinator(user) and order.status == Status.SUBMITTED,
            can_ship=may(user, "ship", order) and order.status == Status.APPROVED,
            can_receive=may(user, "receive", order) and order.status == Status.SHIPPED,
        )
        context.setdefault("approve_form", CommentForm(prefix="approve"))
        context.setdefault("reject_form", CommentForm(prefix="reject", required=True))
        return context


class OrderStepView(PostOnlyMixin, OrderDetailView):
    """One step of an order; the order's status and the user's role are checked in `advance`."""

    action = None
    success_message = None
    comment = None  # None: the step takes no comment; else "optional" or "required"

    def get_success_url(self):
        return reverse("consular_orders:detail", args=[self.order.pk])

    def post(self, request, pk):
        comment = None
        if self.comment:
            form = CommentForm(
                request.POST, prefix=self.action, required=self.comment == "required"
            )
            if not form.is_valid():
                messages.error(request, _("The order was not changed: correct the errors below."))
                context = self.get_context_data(**{f"{self.action}_form": form})
                return self.render_to_response(context)
            comment = form.cleaned_data["comment"]
        try:
            order = advance(self.order, request.user, self.action, comment=comment)
        except OrderError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, self.success_message % {"number": order.pk})
        return redirect(self.get_success_url())


class ApproveOrderView(OrderStepView):
    action = "approve"
    comment = "optional"
    success_message = _("Order %(number)s was approved; the post has been told by e-mail.")


class RejectOrderView(OrderStepView):
    action = "reject"
    comment = "required"
    success_message = _("Order %(number)s was rejected; the post has been told by e-mail.")


class ShipOrderView(OrderStepView):
    action = "ship"
    success_message = _("Order %(number)s was marked as shipped; the post has been told by e-mail.")


class ReceiveOrderView(OrderStepView):
    action = "receive"
    success_message = _("Receipt of order %(number)s was confirmed. Thank you.")
