from .metrics import MetricCount, ReportingToken
from .plan import PlanActivity
from .survey import Conclusion, SurveyWave

__all__ = ["Conclusion", "MetricCount", "PlanActivity", "ReportingToken", "SurveyWave"]
