import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/app-protocol';
import { cspProblems, metaCsp, parseCsp } from '../../../support/csp';
import { RENDERER_DIR } from '../../../support/paths';

const builtHtml = (): string => readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');

describe('the Content-Security-Policy', () => {
  it('holds every directive it was reviewed with: dropping or loosening any one fails here', () => {
    expect(parseCsp(CONTENT_SECURITY_POLICY)).toEqual(
      new Map([
        ['default-src', ["'none'"]],
        ['script-src', ["'self'"]],
        ['style-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
        ['font-src', ["'self'"]],
        ['connect-src', ["'none'"]],
        ['object-src', ["'none'"]],
        ['base-uri', ["'none'"]],
        ['form-action', ["'none'"]],
        ['frame-ancestors', ["'none'"]],
      ]),
    );
  });

  it('has no remote origin, no unsafe-eval or unsafe-inline: in the protocol header and in the built page', () => {
    const meta = metaCsp(builtHtml());
    expect(meta).not.toBeNull();
    expect(cspProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(cspProblems(meta!)).toEqual([]);
    expect(parseCsp(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
    expect(parseCsp(meta!).get('script-src')).toEqual(["'self'"]);
    expect(parseCsp(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'none'"]);
  });

  it('says the same in the page as in the header (frame-ancestors aside, which a meta tag cannot carry)', () => {
    const header = parseCsp(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(parseCsp(metaCsp(builtHtml())!)).toEqual(header);
  });

  it('is not undone by the built page: no inline script or style, every asset local and present', () => {
    const html = builtHtml();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.every((asset) => asset.startsWith('./assets/'))).toBe(true);
    const built = readdirSync(join(RENDERER_DIR, 'assets'));
    for (const asset of assets) expect(built).toContain(asset.replace('./assets/', ''));
  });

  it('finds remote origins and weakened scripts when a policy has them (the check can fail)', () => {
    expect(
      cspProblems(
        "default-src 'none'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'; connect-src 'none'",
      ),
    ).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(
      cspProblems(
        "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.example.com; object-src 'none'; base-uri 'none'; connect-src https:",
      ),
    ).toEqual([
      "script-src allows 'unsafe-inline'",
      'script-src allows https://cdn.example.com',
      'connect-src allows https:',
    ]);
    expect(
      cspProblems("default-src *; script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'"),
    ).toEqual(["default-src is not 'none'", 'default-src allows *']);
  });
});
