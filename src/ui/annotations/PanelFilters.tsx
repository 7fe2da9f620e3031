import { useId, useMemo } from 'react';
import type { Annotation } from '../../core/model/annotation';
import { countTags, type VerdictFilter } from '../../core/model/annotation-filter';
import { isVerdictId } from '../../core/model/fact-check';
import { countVerdicts } from '../../core/model/scorecard';
import { useUiStore } from '../../state/ui-store';

/**
 * The panel's `Filter by verdict` and `Filter by tag` selects, each option with how many
 * annotations it would show. Only verdicts and tags in use are offered, plus the one chosen.
 */
export function PanelFilters({ annotations }: { annotations: readonly Annotation[] }) {
  const id = useId();
  const verdictFilter = useUiStore((s) => s.verdictFilter);
  const tagFilter = useUiStore((s) => s.tagFilter);
  const setVerdictFilter = useUiStore((s) => s.setVerdictFilter);
  const setTagFilter = useUiStore((s) => s.setTagFilter);
  const verdicts = useMemo(() => countVerdicts(annotations).filter((c) => c.count > 0 || c.verdict.id === verdictFilter), [annotations, verdictFilter]);
  const tags = useMemo(() => {
    const counted = countTags(annotations);
    const chosen = tagFilter?.toLowerCase();
    return chosen === undefined || counted.some((t) => t.tag.toLowerCase() === chosen) ? counted : [...counted, { tag: tagFilter as string, count: 0 }];
  }, [annotations, tagFilter]);
  const withoutVerdict = annotations.filter((a) => !a.verdict).length;
  const chosenTag = tags.find((t) => t.tag.toLowerCase() === tagFilter?.toLowerCase())?.tag ?? '';

  return (
    <div className="panel-filters">
      <div className="panel-filter">
        <label htmlFor={`${id}-verdict`}>Verdict</label>
        <select
          id={`${id}-verdict`}
          aria-label="Filter by verdict"
          value={verdictFilter ?? ''}
          className={verdictFilter ? 'filter-on' : undefined}
          onChange={(e) => setVerdictFilter(parseVerdictFilter(e.target.value))}
        >
          <option value="">All ({annotations.length})</option>
          {verdicts.map(({ verdict, count }) => (
            <option key={verdict.id} value={verdict.id}>
              {verdict.glyph} {verdict.label} ({count})
            </option>
          ))}
          {(withoutVerdict > 0 || verdictFilter === 'none') && <option value="none">No verdict ({withoutVerdict})</option>}
        </select>
      </div>
      {(tags.length > 0 || tagFilter !== null) && (
        <div className="panel-filter">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <select id={`${id}-tag`} aria-label="Filter by tag" value={chosenTag} className={tagFilter ? 'filter-on' : undefined} onChange={(e) => setTagFilter(e.target.value || null)}>
            <option value="">All tags</option>
            {tags.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {tag} ({count})
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

function parseVerdictFilter(value: string): VerdictFilter {
  if (value === 'none') return 'none';
  return isVerdictId(value) ? value : null;
}
