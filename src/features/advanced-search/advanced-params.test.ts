import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ADVANCED_STATE,
  parseAdvancedState,
  serializeAdvancedState,
} from './advanced-params';
import { toAnalyticsParams } from './advanced-query';
import { draftFrom, readDraft } from './components/filter-draft';

const parse = (query: string) => parseAdvancedState(new URLSearchParams(query));

describe('advanced search URL state', () => {
  it('asks for nothing on a plain link: the index defaults are ours', () => {
    expect(parse('')).toEqual(DEFAULT_ADVANCED_STATE);
    expect(serializeAdvancedState(DEFAULT_ADVANCED_STATE).toString()).toBe('');
  });

  it('round-trips every condition, sort and page through the URL', () => {
    const query =
      'search=Mat%C3%A9us&searchby=email&match=any&country_includes=DE%2CFR&country_excludes=US' +
      '&orders_count_min=2&orders_count_max=9&total_spend_min=10.5&total_spend_max=900' +
      '&avg_order_value_min=5&avg_order_value_max=50&registered_after=2020-01-01' +
      '&registered_before=2024-12-31&last_active_after=2024-01-01&last_active_before=2024-06-30' +
      '&last_order_after=2023-02-01&last_order_before=2025-03-01&orderby=total_spend&order=asc' +
      '&per_page=50&page=3';
    const state = parse(query);
    expect(state).toMatchObject({
      search: 'Matéus',
      searchby: 'email',
      match: 'any',
      countryIncludes: ['DE', 'FR'],
      countryExcludes: ['US'],
      ranges: { orders_count: { min: 2, max: 9 }, total_spend: { min: 10.5, max: 900 } },
      dates: { last_order: { from: '2023-02-01', to: '2025-03-01' } },
      orderby: 'total_spend',
      order: 'asc',
      perPage: 50,
      page: 3,
    });
    expect(serializeAdvancedState(state).toString()).toBe(query);
  });

  it('falls back to defaults for bad values instead of sending a 400', () => {
    const state = parse(
      'searchby=phone&match=some&orderby=email&order=DOWN&per_page=7&page=-2' +
        '&orders_count_min=1.5&total_spend_max=lots&registered_after=2024-02-30&country_includes=Germany,de',
    );
    expect(state).toMatchObject({
      searchby: 'name',
      match: 'all',
      orderby: 'date_registered',
      order: 'desc',
      perPage: 25,
      page: 1,
      countryIncludes: ['DE'],
    });
    expect(state.ranges.orders_count.min).toBeNull();
    expect(state.ranges.total_spend.max).toBeNull();
    expect(state.dates.registered.from).toBe('');
  });

  it('turns day ranges into whole days of store time for the index', () => {
    const params = toAnalyticsParams(
      parse('registered_after=2024-01-01&registered_before=2024-01-31&search=ann&match=any'),
    );
    expect(params).toMatchObject({
      registered_after: '2024-01-01T00:00:00',
      registered_before: '2024-01-31T23:59:59',
      search: 'ann',
      searchby: 'name',
      match: 'any',
      page: 1,
      per_page: 25,
      orderby: 'date_registered',
      order: 'desc',
    });
    expect(toAnalyticsParams(DEFAULT_ADVANCED_STATE)).not.toHaveProperty('match');
  });
});

describe('filters draft', () => {
  it('reads typed text into conditions, with commas as decimal points', () => {
    const draft = draftFrom(DEFAULT_ADVANCED_STATE);
    draft.countryIncludes = 'de, fr';
    draft.ranges.total_spend = { min: '10,5', max: '' };
    draft.dates.last_order = { from: '2024-01-01', to: '' };
    const result = readDraft(draft);
    expect(result).toMatchObject({
      ok: true,
      filters: {
        countryIncludes: ['DE', 'FR'],
        ranges: { total_spend: { min: 10.5, max: null } },
        dates: { last_order: { from: '2024-01-01', to: '' } },
      },
    });
  });

  it('names each mistake: codes, numbers, whole orders, reversed ranges and dates', () => {
    const draft = draftFrom(DEFAULT_ADVANCED_STATE);
    draft.countryExcludes = 'Germany';
    draft.ranges.orders_count = { min: '1.5', max: '' };
    draft.ranges.avg_order_value = { min: '-3', max: '' };
    draft.ranges.total_spend = { min: '9', max: '3' };
    draft.dates.registered = { from: '2024-05-01', to: '2024-01-01' };
    expect(readDraft(draft)).toEqual({
      ok: false,
      errors: {
        countryExcludes: 'country',
        orders_count_min: 'integer',
        avg_order_value_min: 'number',
        total_spend_max: 'range',
        registered_before: 'dateRange',
      },
    });
  });
});
