"""How each PNA reach metric is computed from activity records.

A count metric is the sum of one activity figure; a percentage is the ratio of two summed counts,
taken only over the activities that collected both, never an average of percentages. The metric
vocabulary itself is `pna.MetricKey`, so a later plan reuses these without code.
"""

from dataclasses import dataclass

from campaigns.pna.models import MetricKey


@dataclass(frozen=True)
class Metric:
    key: str
    #: "sum" of `field`; "activities" counted; "campaigns" counted distinct; "ratio" of two sums.
    kind: str
    field: str = ""
    denominator: str = ""


METRICS = {
    metric.key: metric
    for metric in (
        Metric(MetricKey.CAMPAIGNS_RUN, "campaigns"),
        Metric(MetricKey.INFORMATION_ACTIVITIES, "activities"),
        Metric(MetricKey.BENEFICIARIES, "sum", "beneficiaries"),
        Metric(MetricKey.MATERIALS_DISTRIBUTED, "sum", "materials_distributed"),
        Metric(MetricKey.HOTLINE_REFERRALS, "sum", "hotline_referrals"),
        Metric(MetricKey.TOLLFREE_CALLS, "sum", "tollfree_calls"),
        Metric(MetricKey.CALLS_FROM_FOREIGNERS, "sum", "calls_from_foreigners"),
        Metric(MetricKey.POTENTIAL_CLIENTS_INFORMED, "sum", "potential_clients_informed"),
        Metric(MetricKey.COMPANIES_WITH_POLICIES, "sum", "companies_adopting_policies"),
        Metric(MetricKey.PRIVATE_FIRMS_INVOLVED, "sum", "companies_involved"),
        Metric(MetricKey.DIASPORA_ASSOCIATIONS, "sum", "associations_involved"),
        Metric(MetricKey.DIPLOMATIC_MISSIONS, "sum", "diplomatic_missions_involved"),
        Metric(MetricKey.SOCIAL_MEDIA_INTERACTIONS, "sum", "social_interactions"),
        Metric(MetricKey.TRAINING_SESSIONS, "sum", "training_sessions"),
        Metric(MetricKey.TEACHERS_TRAINED, "sum", "teachers_trained"),
        Metric(
            MetricKey.CHILDREN_NAMING_TWO_RISKS,
            "ratio",
            "children_naming_two_risks",
            "children_surveyed",
        ),
        Metric(
            MetricKey.CARERS_NAMING_THREE_INDICATORS,
            "ratio",
            "carers_naming_three_indicators",
            "carers_surveyed",
        ),
    )
}

assert set(METRICS) == set(MetricKey.values), "every PNA metric needs a computation"
