/**
 * The `/sessions` filter grammar: `attribute op value (and attribute op value)*`,
 * attribute names, operators and values case-insensitive. The attributes and
 * the operators each allows are read from the spec's own description of the
 * `filter` parameter (its Markdown table), so the mock follows the docs.
 */

export type FilterOperator = 'eq' | 'ne' | 'sw' | 'ew' | 'co' | 'le' | 'ge' | 'lt' | 'gt';
const OPERATORS = new Set<FilterOperator>(['eq', 'ne', 'sw', 'ew', 'co', 'le', 'ge', 'lt', 'gt']);

export interface FilterClause {
  attribute: string;
  operator: FilterOperator;
  value: string;
}

/** `| loginId | eq, sw, ew, co | …` rows → { loginid: {name: 'loginId', operators} } */
export function attributesFromDescription(description: string): Map<string, { name: string; operators: FilterOperator[] }> {
  const out = new Map<string, { name: string; operators: FilterOperator[] }>();
  for (const line of description.split('\n')) {
    const cells = line.split('|').map((cell) => cell.replace(/`/g, '').trim()).filter((cell, i, all) => i > 0 && i < all.length - 1);
    if (cells.length < 2 || !/^[A-Za-z][\w.]*$/.test(cells[0]!)) continue;
    const operators = cells[1]!.split(/[\s,]+/).map((op) => op.toLowerCase()).filter((op): op is FilterOperator => OPERATORS.has(op as FilterOperator));
    if (operators.length > 0) out.set(cells[0]!.toLowerCase(), { name: cells[0]!, operators });
  }
  return out;
}

export type FilterResult = { ok: true; clauses: FilterClause[] } | { ok: false; problem: string };

export function parseFilter(filter: string, attributes: Map<string, { name: string; operators: FilterOperator[] }>): FilterResult {
  const clauses: FilterClause[] = [];
  for (const expression of filter.trim().split(/\s+and\s+/i)) {
    const match = /^(\S+)\s+(\S+)\s+(.+)$/.exec(expression.trim());
    if (!match) return { ok: false, problem: `filter: "${expression.slice(0, 80)}" is not "attribute operator value"` };
    const [, rawAttribute, rawOperator, rawValue] = match as unknown as [string, string, string, string];
    const attribute = attributes.get(rawAttribute.toLowerCase());
    if (!attribute) return { ok: false, problem: `filter: unknown attribute ${rawAttribute.slice(0, 40)} (supported: ${[...attributes.values()].map((a) => a.name).join(', ')})` };
    const operator = rawOperator.toLowerCase() as FilterOperator;
    if (!attribute.operators.includes(operator)) return { ok: false, problem: `filter: ${attribute.name} supports ${attribute.operators.join(', ')}, not ${rawOperator.slice(0, 20)}` };
    clauses.push({ attribute: attribute.name, operator, value: rawValue.trim().replace(/^"(.*)"$/, '$1') });
  }
  return { ok: true, clauses };
}

/** Does any of the attribute's values satisfy the clause? */
export function clauseMatches(values: unknown[], clause: FilterClause): boolean {
  const wanted = clause.value.toLowerCase();
  return values.some((raw) => {
    if (raw === undefined || raw === null) return false;
    const value = String(raw).toLowerCase();
    const numeric = Number.isFinite(Number(value)) && Number.isFinite(Number(wanted)) && value !== '' && wanted !== '';
    const compare = numeric ? Number(value) - Number(wanted) : value.localeCompare(wanted);
    switch (clause.operator) {
      case 'eq': return value === wanted;
      case 'ne': return value !== wanted;
      case 'sw': return value.startsWith(wanted);
      case 'ew': return value.endsWith(wanted);
      case 'co': return value.includes(wanted);
      case 'le': return compare <= 0;
      case 'ge': return compare >= 0;
      case 'lt': return compare < 0;
      case 'gt': return compare > 0;
    }
  });
}
