"""Checks the IAM roles in template.yaml for grants that cfn-lint and checkov do not judge, per deployment:
the roles are resolved (Fn::If on the template's own conditions) for a set of parameter values, then:

- no role may write whole items to the call-log ledger (dynamodb:PutItem or a wildcard): the ledger claims and
  settles with conditional UpdateItem calls only, so a PutItem grant would only widen what a bug could overwrite;
- kms:Decrypt appears only when ContactLensKmsKeyArn is set, only in the contact-analysis role, only on that key
  and only through S3 in the stack's region (kms:ViaService);
- no statement grants kms:* or uses Resource "*" for kms.

Usage: check-iam.py [REPO_ROOT]   (run with the SAM venv's python: it parses the template with SAM CLI's own YAML
loader, which understands the short-form intrinsics.)
"""

import sys
from pathlib import Path

from samcli.yamlhelper import yaml_parse

NO_VALUE = {"Ref": "AWS::NoValue"}
LEDGER = {"Fn::GetAtt": ["CallLogLedgerTable", "Arn"]}
KMS_KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
# Deployments to check: Contact Lens off, on with S3-managed keys, on with a customer-managed key.
DEPLOYMENTS = {
    "without Contact Lens": {},
    "Contact Lens, SSE-S3": {"ContactLensBucketName": "amazon-connect-5b9e1f3c7a2d"},
    "Contact Lens, SSE-KMS": {"ContactLensBucketName": "amazon-connect-5b9e1f3c7a2d", "ContactLensKmsKeyArn": KMS_KEY},
}


def value(node, parameters: dict, conditions: dict):
    """A condition's or parameter's value, for the intrinsics the template's conditions use."""
    if isinstance(node, dict) and len(node) == 1:
        (name, arg), = node.items()
        if name == "Ref":
            return parameters.get(arg, "")
        if name == "Condition":
            return conditions[arg]
        if name == "Fn::Equals":
            return value(arg[0], parameters, conditions) == value(arg[1], parameters, conditions)
        if name == "Fn::Not":
            return not value(arg[0], parameters, conditions)
        if name == "Fn::And":
            return all(value(a, parameters, conditions) for a in arg)
        if name == "Fn::Or":
            return any(value(a, parameters, conditions) for a in arg)
    return node


def conditions_for(template: dict, chosen: dict) -> tuple[dict, dict]:
    parameters = {name: str(p.get("Default", "")) for name, p in template.get("Parameters", {}).items()}
    parameters.update(chosen)
    conditions: dict = {}
    pending = dict(template.get("Conditions", {}))
    while pending:  # conditions may refer to each other; resolve in dependency order
        progress = False
        for name, expression in list(pending.items()):
            try:
                conditions[name] = bool(value(expression, parameters, conditions))
            except KeyError:
                continue
            del pending[name]
            progress = True
        if not progress:
            raise SystemExit(f"Conditions that cannot be resolved: {sorted(pending)}")
    return parameters, conditions


def resolve(node, conditions: dict):
    """The node with every Fn::If chosen and AWS::NoValue dropped."""
    if isinstance(node, dict):
        if set(node) == {"Fn::If"}:
            name, then, otherwise = node["Fn::If"]
            return resolve(then if conditions[name] else otherwise, conditions)
        resolved = {k: resolve(v, conditions) for k, v in node.items()}
        return {k: v for k, v in resolved.items() if v != NO_VALUE}
    if isinstance(node, list):
        return [v for v in (resolve(v, conditions) for v in node) if v != NO_VALUE]
    return node


def as_list(node) -> list:
    return node if isinstance(node, list) else [node]


def statements(template: dict, conditions: dict):
    """(role, statement) for every role the deployment creates."""
    for name, resource in template["Resources"].items():
        if resource.get("Type") != "AWS::IAM::Role":
            continue
        if "Condition" in resource and not conditions[resource["Condition"]]:
            continue
        for policy in resolve(resource.get("Properties", {}).get("Policies", []), conditions):
            for statement in policy["PolicyDocument"]["Statement"]:
                yield name, statement


def check(template: dict, deployment: str, chosen: dict, problems: list[str]) -> None:
    _, conditions = conditions_for(template, chosen)
    decrypts = []
    for role, statement in statements(template, conditions):
        actions = as_list(statement.get("Action", []))
        resources = as_list(statement.get("Resource", []))
        where = f"{deployment}: {role} {statement.get('Sid', '(no Sid)')}"
        if LEDGER in resources and any(a in ("dynamodb:PutItem", "dynamodb:*", "*") for a in actions):
            problems.append(f"{where}: grants {actions} on the call-log ledger, which takes UpdateItem only")
        if any(a in ("kms:*", "*") for a in actions) and any(r == "*" for r in resources):
            problems.append(f"{where}: grants KMS on every key")
        if "kms:Decrypt" in actions:
            decrypts.append((role, statement, where))
    wanted = "ContactLensKmsKeyArn" in chosen and "ContactLensBucketName" in chosen
    if not wanted and decrypts:
        problems += [f"{where}: kms:Decrypt without ContactLensKmsKeyArn" for _, _, where in decrypts]
    if wanted:
        if [role for role, _, _ in decrypts] != ["ContactAnalysisRole"]:
            problems.append(f"{deployment}: kms:Decrypt expected in ContactAnalysisRole only, found in "
                            f"{[role for role, _, _ in decrypts]}")
        for _, statement, where in decrypts:
            if statement.get("Resource") != {"Ref": "ContactLensKmsKeyArn"} or statement.get("Action") != "kms:Decrypt":
                problems.append(f"{where}: kms:Decrypt must be the only action, on ContactLensKmsKeyArn only")
            via = statement.get("Condition", {}).get("StringEquals", {}).get("kms:ViaService")
            if via != {"Fn::Sub": "s3.${AWS::Region}.amazonaws.com"}:
                problems.append(f"{where}: kms:Decrypt without kms:ViaService s3.${{AWS::Region}}.amazonaws.com")


def main(root: Path) -> int:
    template = yaml_parse((root / "template.yaml").read_text())
    problems: list[str] = []
    for deployment, chosen in DEPLOYMENTS.items():
        check(template, deployment, chosen, problems)
    if "ContactLensKmsKeyArn" not in (root / "README.md").read_text():
        problems.append("README.md: the parameters table does not list ContactLensKmsKeyArn")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"IAM: {len(DEPLOYMENTS)} deployments checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
