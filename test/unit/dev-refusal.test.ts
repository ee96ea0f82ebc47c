import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/site/plugins/dev-requests.ts';

const json = { 'content-type': 'application/json' };

describe('which requests may write through the development server', () => {
  it('lets the pages of the server itself save, on any loopback name and with a charset', () => {
    expect(refusal({ ...json, host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' }, [])).toBeUndefined();
    expect(
      refusal({ host: 'localhost:5173', origin: 'http://localhost:5173', 'content-type': 'Application/JSON; charset=utf-8' }, []),
    ).toBeUndefined();
    expect(refusal({ ...json, host: '[::1]:5173', origin: 'http://[::1]:5173' }, [])).toBeUndefined();
    expect(refusal({ ...json, host: 'localhost:80', origin: 'http://localhost' }, [])).toBeUndefined();
  });

  it('refuses other origins, an opaque origin and no origin', () => {
    expect(refusal({ ...json, host: 'localhost:5173', origin: 'http://evil.example' }, [])).toContain('is not this development server');
    expect(refusal({ ...json, host: 'localhost:5173', origin: 'http://localhost:5174' }, [])).toContain('is not this development server');
    expect(refusal({ ...json, host: 'localhost:5173', origin: 'null' }, [])).toContain('is not an address');
    expect(refusal({ ...json, host: 'localhost:5173' }, [])).toContain('has no Origin');
  });

  it('refuses what a form or a no-cors fetch can send', () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain, application/json',
    ]) {
      expect(refusal({ host: 'localhost:5173', origin: 'http://localhost:5173', 'content-type': type }, [])).toContain('application/json');
    }
  });

  it('refuses host names that are not this machine unless the Vite configuration allows them', () => {
    const rebound = { ...json, host: 'rebound.example:5173', origin: 'http://rebound.example:5173' };
    expect(refusal(rebound, [])).toContain('is not this development server');
    expect(refusal({ ...json, host: 'foo.localhost:5173', origin: 'http://foo.localhost:5173' }, [])).toContain(
      'is not this development server',
    );
    expect(refusal(rebound, ['rebound.example'])).toBeUndefined();
    expect(refusal(rebound, ['.example'])).toBeUndefined();
    expect(refusal({ ...json, host: 'xexample:5173', origin: 'http://xexample:5173' }, ['.example'])).toContain(
      'is not this development server',
    );
    expect(refusal(rebound, true)).toBeUndefined();
  });
});
