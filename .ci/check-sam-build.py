"""Checks what `sam build` produced, which sam itself does not:

- each function's handler class is in its own artifact (a renamed class otherwise fails
  only when Lambda first invokes it);
- the core library is in the layer and not also in a function (provided scope);
- no Apache or Netty HTTP client anywhere: the SDK clients use the URL-connection client, and
  a second HTTP stack on the classpath costs cold-start time and package size;
- no function ships a jar the layer already carries (the layer is on its classpath anyway);
- each handler builds with its Lambda constructor and primes (its SnapStart hooks) on exactly the
  function's folder and the layer, so a dependency missing from both fails here, not in Lambda;
- prints each artifact's size, a budget the performance issue tracks.

Usage: check-sam-build.py BUILD_DIR   (run with the SAM venv's python: it parses the template
with SAM CLI's own YAML loader, which understands the short-form intrinsics.)
"""

import os
import subprocess
import sys
from pathlib import Path

from samcli.yamlhelper import yaml_parse

CORE_JAR = "ctibridge-core-*.jar"
PRIME_HANDLER = Path(__file__).resolve().parent / "PrimeHandler.java"
# What the template gives every function, with names that exist nowhere: priming reads none of it over the network.
PRIMING_ENV = {
    "AWS_REGION": "us-east-1",
    "CTIBRIDGE_AWS_ENDPOINT": "http://127.0.0.1:9",
    "CONFIG_TABLE": "check-config",
    "CONTACT_STATE_TABLE": "check-contact-state",
    "CALL_LOG_LEDGER_TABLE": "check-ledger",
    "SALESFORCE_SECRET_ARN": "arn:aws:secretsmanager:us-east-1:000000000000:secret:check-salesforce",
    "POP_TOKEN_SECRET_ARN": "arn:aws:secretsmanager:us-east-1:000000000000:secret:check-pop-token",
    "CALL_LOG_DLQ_URL": "http://127.0.0.1:9/000000000000/check-dlq",
}
FORBIDDEN_JARS = ("apache-client-*.jar", "apache5-client-*.jar", "netty-nio-client-*.jar", "httpclient-*.jar",
                  "httpclient5-*.jar", "netty-*.jar")


def forbidden_jars(name: str, folder: Path) -> list[str]:
    return [f"{name}: ships {jar.name}, an HTTP client the functions must not carry"
            for pattern in FORBIDDEN_JARS for jar in folder.rglob(pattern)]


def size_kib(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) // 1024


def layer_jars(build_dir: Path, template: dict) -> set[str]:
    return {jar.name for name, resource in template["Resources"].items()
            if resource["Type"] == "AWS::Serverless::LayerVersion"
            for jar in (build_dir / resource["Properties"]["ContentUri"] / "java" / "lib").glob("*.jar")}


def primes(name: str, handler_class: str, code: Path, layers: list[Path]) -> list[str]:
    classpath = os.pathsep.join([str(code), str(code / "lib" / "*")] + [str(layer / "java" / "lib" / "*") for layer in layers])
    java = Path(os.environ.get("JAVA_HOME", "/usr")) / "bin" / "java"
    env = {"PATH": os.environ.get("PATH", ""), **PRIMING_ENV}
    run = subprocess.run([str(java), "-cp", classpath, str(PRIME_HANDLER), handler_class],
                         env=env, capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        return [f"{name}: {handler_class} does not build and prime on its zip and the layer:\n{run.stderr[-3000:]}"]
    return []


def check_function(name: str, props: dict, build_dir: Path, shared_jars: set[str], layers: list[Path]) -> list[str]:
    code = build_dir / props["CodeUri"]
    handler_class = props["Handler"].split("::")[0]
    class_file = code / (handler_class.replace(".", "/") + ".class")
    problems = []
    if not class_file.is_file():
        problems.append(f"{name}: handler class {handler_class} not found at {class_file}")
    if list((code / "lib").glob(CORE_JAR)):
        problems.append(f"{name}: ships its own copy of the core library (should be provided by the layer)")
    problems += [f"{name}: ships {jar.name}, which the layer already carries"
                 for jar in sorted((code / "lib").glob("*.jar")) if jar.name in shared_jars]
    problems += forbidden_jars(name, code)
    if not problems:
        problems += primes(name, handler_class, code, layers)
    print(f"  function {name:<24} {size_kib(code):>8} KiB  {props['Handler']}")
    return problems


def check_layer(name: str, props: dict, build_dir: Path) -> list[str]:
    content = build_dir / props["ContentUri"]
    jars = sorted(p.name for p in (content / "java" / "lib").glob("*.jar"))
    print(f"  layer    {name:<24} {size_kib(content):>8} KiB  {len(jars)} jars")
    problems = forbidden_jars(name, content)
    if not list((content / "java" / "lib").glob(CORE_JAR)):
        problems.append(f"{name}: no {CORE_JAR} under java/lib (found: {', '.join(jars) or 'nothing'})")
    return problems


def main(build_dir: Path) -> int:
    template = yaml_parse((build_dir / "template.yaml").read_text())
    layers = [build_dir / resource["Properties"]["ContentUri"] for resource in template["Resources"].values()
              if resource["Type"] == "AWS::Serverless::LayerVersion"]
    shared_jars = layer_jars(build_dir, template)
    problems = []
    for name, resource in template["Resources"].items():
        if resource["Type"] == "AWS::Serverless::Function":
            problems += check_function(name, resource["Properties"], build_dir, shared_jars, layers)
        elif resource["Type"] == "AWS::Serverless::LayerVersion":
            problems += check_layer(name, resource["Properties"], build_dir)
    for problem in problems:
        print(f"ERROR: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
