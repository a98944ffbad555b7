"""Page permissions narrowed by regional centre.

Wagtail grants page permissions by position in the tree; campaigns of every centre share one
index, so the centre rule is applied on top: centre staff work only on their own centre's
campaigns and on nothing else in the tree, coordinators on everything.
"""

from wagtail.models import PagePermissionTester

from .roles import centre_ids, is_coordinator


class CentrePagePermissionTester(PagePermissionTester):
    def _may_work_on_page(self):
        from .models import CampaignPage

        if is_coordinator(self.user):
            return True
        page = self.page.specific_deferred if hasattr(self.page, "specific_deferred") else self.page
        if isinstance(page, CampaignPage):
            return page.regional_centre_id in centre_ids(self.user)
        return False

    def can_add_subpage(self):
        from .models import CampaignIndexPage

        if not is_coordinator(self.user) and self.page.specific_class is not CampaignIndexPage:
            return False
        return super().can_add_subpage()

    def can_edit(self):
        return self._may_work_on_page() and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self._may_work_on_page() and super().can_delete(ignore_bulk)

    def can_publish(self):
        return self._may_work_on_page() and super().can_publish()

    def can_unpublish(self):
        return self._may_work_on_page() and super().can_unpublish()

    def can_submit_for_moderation(self):
        return self._may_work_on_page() and super().can_submit_for_moderation()

    def can_lock(self):
        return self._may_work_on_page() and super().can_lock()

    def can_move(self):
        return is_coordinator(self.user) and super().can_move()

    def can_copy(self):
        return self._may_work_on_page() and super().can_copy()
