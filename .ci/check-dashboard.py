"""Checks the CloudWatch dashboard in template.yaml, which neither sam validate nor cfn-lint reads inside
(its body is a JSON string):

- the body, once !Sub has filled it in, is JSON, and every ${...} in it names a parameter, resource or
  pseudo parameter of the template;
- each widget the operators rely on is there, on the metric it claims: caller lookups by status, lookup
  latency p50/p99, pop API 4xx/5xx, Tasks logged, both dead-letter queues, the stream's iterator age and
  Salesforce API usage;
- the ctibridge metrics it shows are the ones the code emits: metric and dimension names are read from the
  EmfMetrics calls in CallerLookup and CallLogger, the status and result values from their enums, so a
  rename in Java fails here instead of leaving an empty graph;
- the dashboard's name is the stack output DashboardName, and README's Outputs table lists it.

Usage: check-dashboard.py [REPO_ROOT]   (run with the SAM venv's python: it parses the template with
SAM CLI's own YAML loader, which understands the short-form intrinsics.)
"""

import json
import re
import sys
from pathlib import Path

from samcli.yamlhelper import yaml_parse

CORE = Path("layers/core/src/main/java/io/ctibridge/core")
SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")


def emitted(java: Path) -> tuple[str, str]:
    """The metric and dimension names of the one EmfMetrics.count call in a class."""
    calls = re.findall(r'metrics\.count\("(\w+)", "(\w+)"', java.read_text())
    if len(calls) != 1:
        raise SystemExit(f"{java}: expected one metrics.count(...) call, found {len(calls)}")
    return calls[0]


def enum_constants(java: Path, enum: str) -> list[str]:
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", java.read_text(), flags=re.S)
    body = re.search(r"enum " + enum + r"\s*\{(.*?)(;|\})", code, re.S).group(1)
    return [name.strip() for name in body.split(",") if name.strip()]


def body_json(template: dict, problems: list[str]) -> dict:
    sub = template["Resources"]["Dashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    known = set(template.get("Parameters", {})) | set(template["Resources"])
    for variable in SUB_VARIABLE.findall(sub):
        name = variable.split(".")[0]
        if not variable.startswith("AWS::") and name not in known:
            problems.append(f"dashboard body: ${{{variable}}} names nothing in the template")
    # What CloudFormation would put in: a placeholder per variable (numbers where the body expects one).
    filled = SUB_VARIABLE.sub(lambda m: "2500" if m.group(1) in template.get("Parameters", {}) else "X-" + m.group(1), sub)
    return json.loads(filled)


def metrics_of(body: dict) -> dict[str, list[list]]:
    return {w["properties"]["title"]: w["properties"].get("metrics", []) for w in body["widgets"]
            if w.get("type") == "metric"}


def has(widgets: dict[str, list[list]], title_part: str, want: list, stat: str | None = None) -> bool:
    """Whether a widget whose title contains title_part graphs a metric starting with want (and with stat)."""
    for title, metrics in widgets.items():
        if title_part.lower() not in title.lower():
            continue
        for metric in metrics:
            names = [part for part in metric if not isinstance(part, dict)]
            options = next((part for part in metric if isinstance(part, dict)), {})
            if names[:len(want)] == want and (stat is None or options.get("stat") == stat):
                return True
    return False


def has_expression(widgets: dict[str, list[list]], title_part: str, text: str) -> bool:
    return any(title_part.lower() in title.lower() and any(
        isinstance(part, dict) and text in part.get("expression", "") for metric in metrics for part in metric)
        for title, metrics in widgets.items())


def main(root: Path) -> int:
    template = yaml_parse((root / "template.yaml").read_text())
    problems: list[str] = []
    dashboard = template["Resources"].get("Dashboard")
    if not dashboard or dashboard["Type"] != "AWS::CloudWatch::Dashboard":
        print("template.yaml: no AWS::CloudWatch::Dashboard named Dashboard", file=sys.stderr)
        return 1
    if dashboard["Properties"].get("DashboardName") != {"Fn::Sub": "${AWS::StackName}-ctibridge"}:
        problems.append("DashboardName is not !Sub '${AWS::StackName}-ctibridge'")
    widgets = metrics_of(body_json(template, problems))

    lookup_metric, lookup_dimension = emitted(root / CORE / "lookup/CallerLookup.java")
    log_metric, log_dimension = emitted(root / CORE / "calllog/CallLogger.java")
    statuses = enum_constants(root / CORE / "contact/LookupStatus.java", "LookupStatus")
    results = enum_constants(root / CORE / "calllog/CallLogOutcome.java", "Result")
    lookup = ["ctibridge", lookup_metric, "Service", "caller-lookup"]
    log = ["ctibridge", log_metric, "Service", "call-logger"]
    expected = [(f"caller lookups, {s}", has(widgets, "lookups by status", lookup + [lookup_dimension, s]))
                for s in statuses]
    expected += [(f"Tasks logged, {r}", has(widgets, "Tasks logged", log + [log_dimension, r]))
                 for r in results]
    latency = ["ctibridge", lookup_metric + "Latency", "Service", "caller-lookup"]
    expected += [
        ("lookup latency p50", has(widgets, "latency", latency, "p50")),
        ("lookup latency p99", has(widgets, "latency", latency, "p99")),
        ("lookup live alias p99 duration", has(widgets, "latency", [
            "AWS/Lambda", "Duration", "FunctionName", "X-CallerLookupFunction",
            "Resource", "X-CallerLookupFunction:live"], "p99")),
        ("pop API 4xx", has(widgets, "Pop API", ["AWS/ApiGateway", "4xx", "ApiId", "X-PopApi", "Stage", "$default"])),
        ("pop API 5xx", has(widgets, "Pop API", ["AWS/ApiGateway", "5xx", "ApiId", "X-PopApi", "Stage", "$default"])),
        ("dead letters, contact records", has(widgets, "Dead-letter", [
            "AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "X-CallRecordDeadLetterQueue.QueueName"])),
        ("dead letters, contact events", has(widgets, "Dead-letter", [
            "AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "X-ContactEventDeadLetterQueue.QueueName"])),
        ("stream iterator age", has(widgets, "iterator age", [
            "AWS/Lambda", "IteratorAge", "FunctionName", "X-ContactRecordFunction"])),
        ("Salesforce API usage", has_expression(widgets, "Salesforce API usage",
                                                'Namespace="ctibridge" MetricName="SalesforceApiUsagePercent"')),
    ]
    problems += [f"dashboard: no widget for {what}" for what, ok in expected if not ok]

    if template.get("Outputs", {}).get("DashboardName", {}).get("Value") != {"Ref": "Dashboard"}:
        problems.append("Outputs: DashboardName is not !Ref Dashboard")
    readme = (root / "README.md").read_text()
    outputs = readme.split("### Outputs", 1)[-1].split("\n### ", 1)[0]
    if "| `DashboardName` |" not in outputs:
        problems.append("README.md: the Outputs table does not list DashboardName")

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"dashboard: {len(widgets)} metric widgets, {len(expected)} expected graphs checked, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
