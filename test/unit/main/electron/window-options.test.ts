import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '../../../../src/main/electron/window-options';

describe('secureWindowOptions', () => {
  it('applies the security baseline and cannot be weakened by the extra options', () => {
    const options = secureWindowOptions('/app/preload.js', {
      width: 800,
      webPreferences: { nodeIntegration: true, sandbox: false },
    });
    expect(options.width).toBe(800);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has no preload when none is given', () => {
    expect(secureWindowOptions(null).webPreferences).not.toHaveProperty('preload');
  });
});
