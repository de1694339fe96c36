/**
 * Removes from each resource's `DependsOn` the resources its properties already reference (`Ref`, `Fn::GetAtt`,
 * `Fn::Sub`): CloudFormation orders those anyway, and cfn-lint warns about each (W3005). CDK adds them itself,
 * e.g. every Lambda function depends on its role, whose ARN it also reads.
 */
export function dropImpliedDependencies(template: { Resources?: Record<string, Record<string, unknown>> }): void {
  for (const resource of Object.values(template.Resources ?? {})) {
    const dependsOn = resource.DependsOn;
    if (dependsOn === undefined) continue;
    const referenced = referencesIn(resource.Properties);
    const kept = (Array.isArray(dependsOn) ? dependsOn : [dependsOn]).filter(
      (id): id is string => typeof id === "string" && !referenced.has(id),
    );
    if (kept.length === 0) delete resource.DependsOn;
    else resource.DependsOn = kept;
  }
}

function referencesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) referencesIn(item, found);
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "Ref" && typeof value === "string") found.add(value);
      else if (key === "Fn::GetAtt" && Array.isArray(value) && typeof value[0] === "string") found.add(value[0]);
      else if (key === "Fn::GetAtt" && typeof value === "string") found.add(value.split(".")[0] ?? "");
      else if (key === "Fn::Sub") {
        const text = Array.isArray(value) ? value[0] : value;
        for (const match of String(text).matchAll(/\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}/g)) found.add(match[1] ?? "");
        if (Array.isArray(value)) referencesIn(value[1], found);
      } else referencesIn(value, found);
    }
  }
  return found;
}
