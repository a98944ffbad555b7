"""A small action plan linked to the campaign tree, for the roll-up tests.

Action 1.1.1 is fed by both campaigns (jobs: Timișoara, week: Iași); 1.1.2 by jobs only, so an
activity of jobs feeds two actions. 1.1.2 also has an indicator no reach metric feeds.
"""

from campaigns.pna.models import Action, Indicator, MetricKey, Objective, Plan


def indicator(action, position, metric_key, wording_ro, wording_en, percentage=False):
    extra = {}
    if percentage:
        extra = {
            "kind": Indicator.Kind.PERCENTAGE,
            "numerator_label_ro": "Copii care numesc două riscuri",
            "denominator_label_ro": "Copii chestionați",
        }
    return Indicator.objects.create(
        action=action,
        position=position,
        metric_key=metric_key,
        wording_ro=wording_ro,
        wording_en=wording_en,
        **extra,
    )


def build_plan(tree):
    plan = Plan.objects.create(
        code="pna-2020-2022",
        title_ro="Planul de test 2020-2022",
        title_en="Test plan 2020-2022",
        start_year=2020,
        end_year=2022,
        strategy_title_ro="Strategia",
    )
    general = Objective.objects.create(
        plan=plan, code="1", kind=Objective.Kind.GENERAL, text_ro="Prevenire"
    )
    specific = Objective.objects.create(
        plan=plan,
        code="1.1",
        kind=Objective.Kind.SPECIFIC,
        parent=general,
        text_ro="Informarea grupurilor vulnerabile",
        text_en="Informing vulnerable groups",
    )
    schools = Action.objects.create(
        objective=specific,
        code="1.1.1",
        text_ro="Campanii de informare în școli",
        text_en="Information campaigns in schools",
        responsible_institutions="ANITP",
        implementation_period="Permanent",
        evaluation_stage=Action.EvaluationStage.ANNUAL,
    )
    workers = Action.objects.create(
        objective=specific,
        code="1.1.2",
        text_ro="Informarea lucrătorilor",
        text_en="Informing workers",
        responsible_institutions="ANITP",
        implementation_period="2020-2022",
        evaluation_stage=Action.EvaluationStage.SEMESTRIAL,
    )
    indicators = {
        "beneficiaries": indicator(
            schools, 0, MetricKey.BENEFICIARIES, "Număr de beneficiari", "Number of beneficiaries"
        ),
        "children": indicator(
            schools,
            1,
            MetricKey.CHILDREN_NAMING_TWO_RISKS,
            "Procentul copiilor care pot numi două riscuri",
            "Share of children who can name two risks",
            percentage=True,
        ),
        "campaigns": indicator(
            schools, 2, MetricKey.CAMPAIGNS_RUN, "Număr de campanii", "Number of campaigns"
        ),
        "activities": indicator(
            schools,
            3,
            MetricKey.INFORMATION_ACTIVITIES,
            "Număr de activități",
            "Number of activities",
        ),
        "materials": indicator(
            schools,
            4,
            MetricKey.MATERIALS_DISTRIBUTED,
            "Număr de materiale distribuite",
            "Number of materials distributed",
        ),
        "workers_beneficiaries": indicator(
            workers,
            0,
            MetricKey.BENEFICIARIES,
            "Număr de lucrători informați",
            "Number of workers informed",
        ),
        "unmeasured": indicator(
            workers, 1, "", "Număr de protocoale încheiate", "Number of protocols signed"
        ),
    }
    # A parental relation: stored when the page is saved.
    tree["jobs"].pna_actions.set([schools, workers])
    tree["jobs"].save()
    tree["week"].pna_actions.set([schools])
    tree["week"].save()
    return {"plan": plan, "schools": schools, "workers": workers, **indicators}
