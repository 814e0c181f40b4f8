"""What happens when a partner workflow is fully approved."""


def publish_approved(workflow_state, user=None):
    """Publish the approved revision on behalf of the last reviewer.

    Wagtail's default publishes with the reviewer's own page permissions, but the
    Coördinatie reviewer has none: passing every step of the partner's workflow is the
    authorisation here. The publish is still logged with the reviewer as acting user.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
