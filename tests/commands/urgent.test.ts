// osteo urgent: the 999/911 signs and the same-day signs on one screen, from the triage rules.
import { describe, expect, it } from 'vitest';
import { ESC, osteo } from '../helpers/io.js';

describe('osteo urgent', () => {
  it('fits one screen: 24 lines or fewer at 80 columns, none wider', async () => {
    const r = await osteo(['urgent', '--width', '80'], { contentDir: null });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toMatch(/^Call 999 \(UK\) or 911 \(US\) now for any of these:\n• Stroke: /);
    expect(r.stdout).toMatch(
      /\nSee a doctor today for these \(UK: GP or NHS 111; US: doctor or urgent care\):\n• A hot, swollen, painful calf or leg\n/,
    );
  });

  it.each([
    ['uk', /^Call 999 now for any of these:/],
    ['us', /^Call 911 now for any of these:/],
  ])("--region %s gives that country's number first", async (region, first) => {
    const r = await osteo(['--region', region, 'urgent'], { contentDir: null });
    expect(r.stdout).toMatch(first);
  });

  it('--plain draws no bullets or colour, and piped output has no escapes', async () => {
    const r = await osteo(['urgent', '--plain'], { contentDir: null });
    expect(r.stdout).not.toContain('•');
    expect(r.stdout).toMatch(/\n- Stroke: /);
    expect(r.stdout).not.toContain(ESC);
  });

  it('--json: every card line with its sign and advice, by level', async () => {
    const r = await osteo(['urgent', '--json'], { contentDir: null });
    expect(r.code).toBe(0);
    const card = JSON.parse(r.stdout) as Record<'emergency' | 'urgent', { sign: string; advice: string }[]>;
    expect(Object.keys(card)).toEqual(['emergency', 'urgent']);
    expect(card.emergency.length).toBeGreaterThanOrEqual(8);
    expect(card.urgent.length).toBeGreaterThanOrEqual(8);
    for (const line of [...card.emergency, ...card.urgent]) {
      expect(line.sign.length).toBeGreaterThan(10);
      expect(line.advice.length).toBeGreaterThan(5);
    }
    expect(card.emergency.map((l) => l.sign).join(' ')).toMatch(/blood thinner/);
  });

  it('comes up even when the topic folder cannot be read', async () => {
    const r = await osteo(['urgent'], { contentDir: '/nonexistent/osteo-folder' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Call 999/);
  });
});
