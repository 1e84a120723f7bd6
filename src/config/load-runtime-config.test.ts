import { describe, expect, it } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig } from './load-runtime-config';
import { DEFAULT_RUNTIME_CONFIG } from './runtime-config-schema';

const BASE = 'https://cdn.example.com/tools/customers/index.html?embed=1#/customers';

function answering(body: string, init: ResponseInit = {}) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Response(body, init);
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('loadRuntimeConfig', () => {
  it('reads config.json next to index.html, whatever the sub-path and hash', async () => {
    const { asked, fetchImpl } = answering('{"pageSize": 50}', {
      headers: { 'Content-Type': 'application/json' },
    });
    const result = await loadRuntimeConfig(BASE, fetchImpl);
    expect(asked).toEqual(['https://cdn.example.com/tools/customers/config.json']);
    expect(result).toMatchObject({ ok: true, source: 'file', config: { pageSize: 50 } });
  });

  it('uses the defaults when there is no file, or the host answers with its HTML fallback', async () => {
    for (const answer of [
      answering('Not found', { status: 404 }),
      answering('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    ]) {
      const result = await loadRuntimeConfig(BASE, answer.fetchImpl);
      expect(result).toEqual({ ok: true, source: 'defaults', config: DEFAULT_RUNTIME_CONFIG });
    }
  });

  it('stops with a named problem on broken JSON, a server error or a network error', async () => {
    const broken = await loadRuntimeConfig(BASE, answering('{"pageSize": 50,').fetchImpl);
    expect(broken).toMatchObject({
      ok: false,
      problems: [{ field: 'config.json', kind: 'notJson' }],
    });
    const failing = await loadRuntimeConfig(BASE, answering('', { status: 500 }).fetchImpl);
    expect(failing).toMatchObject({ ok: false, problems: [{ kind: 'unreadable', detail: '500' }] });
    const offline = await loadRuntimeConfig(BASE, (() =>
      Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch);
    expect(offline).toMatchObject({ ok: false, problems: [{ kind: 'unreachable' }] });
  });
});

describe('parseRuntimeConfig', () => {
  it('accepts a complete file and fills in the rest', () => {
    const result = parseRuntimeConfig({
      storeUrl: 'https://shop.example.com',
      apiVersion: 'v3',
      authMode: 'basic',
      defaultLocale: 'zh-CN',
      pageSize: 100,
      embed: { allowedOrigins: ['https://portal.example.com', 'http://127.0.0.1:8080'] },
      staffMayChange: { storeUrl: false },
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        embed: { enabled: false },
        staffMayChange: { storeUrl: false, apiVersion: true, theme: true },
      },
    });
  });

  it.each([
    [{ pageSize: 30 }, 'pageSize'],
    [{ storeUrl: 'ftp://shop.example.com' }, 'storeUrl'],
    [{ apiVersion: 'v4' }, 'apiVersion'],
    [{ authMode: 'oauth2' }, 'authMode'],
    [{ defaultLocale: 'fr' }, 'defaultLocale'],
    [{ avatars: 'gravatr' }, 'avatars'],
    [{ avatars: true }, 'avatars'],
    [{ storUrl: 'https://shop.example.com' }, 'storUrl'],
    [{ embed: { allowedOrigins: ['*'] } }, 'embed.allowedOrigins.0'],
    [{ embed: { allowedOrigins: ['https://portal.example.com/path'] } }, 'embed.allowedOrigins.0'],
    [{ staffMayChange: { storeUrl: false } }, 'storeUrl'],
    [{ staffMayChange: { locale: false } }, 'defaultLocale'],
    [{ staffMayChange: { colours: false } }, 'staffMayChange.colours'],
    [[], 'config.json'],
  ])('names the field in %j', (data, field) => {
    const result = parseRuntimeConfig(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toContain(field);
  });

  it('says what is wrong in words the error page translates', () => {
    const result = parseRuntimeConfig({
      pageSize: 30,
      apiVersion: 'v4',
      storeUrl: 'ftp://x',
      embed: { enabled: 'yes', allowedOrigins: ['*'] },
      staffMayChange: { locale: false },
      storUrl: 1,
    });
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        { field: 'pageSize', kind: 'notOneOf', detail: '10, 25, 50, 100' },
        { field: 'apiVersion', kind: 'notOneOf', detail: 'auto, v1, v2, v3' },
        { field: 'storeUrl', kind: 'notHttpUrl', detail: '' },
        { field: 'embed.enabled', kind: 'wrongType', detail: 'boolean' },
        { field: 'embed.allowedOrigins.0', kind: 'notOrigin', detail: '' },
        { field: 'storUrl', kind: 'unknownSetting', detail: '' },
      ]),
    );
  });

  it("words zod's own problems in English", () => {
    expect(parseRuntimeConfig({ requestTimeoutSeconds: 0 })).toEqual({
      ok: false,
      problems: [
        {
          field: 'requestTimeoutSeconds',
          kind: 'invalid',
          detail: 'Too small: expected number to be >=1',
        },
      ],
    });
  });

  it('draws avatars locally unless the file opts in to Gravatar', () => {
    expect(DEFAULT_RUNTIME_CONFIG.avatars).toBe('initials');
    expect(parseRuntimeConfig({})).toMatchObject({ ok: true, config: { avatars: 'initials' } });
    expect(parseRuntimeConfig({ avatars: 'gravatar' })).toMatchObject({
      ok: true,
      config: { avatars: 'gravatar' },
    });
    expect(
      !parseRuntimeConfig({ avatars: 'Gravatar' }).ok &&
        parseRuntimeConfig({ avatars: 'Gravatar' }),
    ).toMatchObject({
      problems: [{ field: 'avatars', kind: 'notOneOf', detail: 'initials, gravatar' }],
    });
  });
});
