// Triage on the shipped red-flags rules: it must fire on urgent signs and stay quiet otherwise.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchTriage } from '../../src/search/triage.js';
import { loadTopics } from '../../src/topics/load.js';
import { osteo } from '../helpers/io.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const { topics } = loadTopics(CONTENT);
const level = (q: string): string | null => matchTriage(topics, q)?.level ?? null;

describe('triage fires on emergency signs', () => {
  it.each([
    'sudden weakness on one side',
    'suddenly numb arm',
    'one side of my face is drooping',
    'face drooping',
    'slurred speech',
    'signs of a stroke',
    'fell and cant get up',
    'I fell and cannot stand',
    'my mum fell and is unable to put weight on her leg',
    'after a fall I can not bear weight',
    'loss of bladder control and back pain',
    'back pain and wet myself',
    'numbness between my legs',
    'numb groin and back ache',
    'chest pain',
    'tightness in my chest',
    'suddenly cant breathe',
    'had a seizure',
    'she fainted',
    'suddenly lost sight in one eye',
    'back pain and both legs went numb',
    'muscle spasms I cannot control',
  ])('%s', (query) => {
    expect(level(query)).toBe('emergency');
  });
});

describe('triage fires on urgent signs', () => {
  it.each([
    'swollen hot calf',
    'my calf is red and throbbing',
    'leg swollen and painful',
    'blood clot in leg',
    'back pain and fever',
    'back pain with chills',
    'sudden back pain after lifting',
    'severe back pain',
    'back pain worse at night',
    'face twitching on denosumab',
    'tingling lips and low calcium',
    'thigh ache after years on Fosamax',
    'groin pain on Prolia',
  ])('%s', (query) => {
    expect(level(query)).toBe('urgent');
  });
});

describe('triage stays quiet on ordinary queries', () => {
  it.each([
    'fear of falling',
    'back pain exercises',
    'weak legs',
    'why do my legs feel tired',
    'preventing falls at home',
    'how to get up after a fall safely',
    'swollen ankles',
    'calf pain when walking',
    'bladder weakness',
    'numb feet',
    'back pain',
    'chest x-ray',
    'legs feel heavy',
    'osteoporosis',
    'balance training',
    'knee pain and stiffness',
    'tired and sore all the time',
    'falls clinic',
    'new to osteoporosis and confused about medicines',
    'eye drops and bones',
    'leg cramps at night',
    'denosumab injection every six months',
    'thigh muscles weak',
    'vision problems and falls',
  ])('%s', (query) => {
    expect(level(query)).toBeNull();
  });
});

describe('search with triage', () => {
  it('opens with the banner, then red-flags first, and exits 0', async () => {
    const r = await osteo(['search', 'fell', 'and', 'cant', 'get', 'up'], { contentDir: CONTENT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^╭─ Emergency ─+\n│ After a fall, this can be a broken hip\. Call 999/);
    expect(r.stdout).toMatch(/╰─+\n\nUrgent warning signs › /);
  });

  it('--json sets triage and puts red-flags first', async () => {
    const r = await osteo(['search', 'swollen hot calf', '--json'], { contentDir: CONTENT });
    const data = JSON.parse(r.stdout) as { triage: { level: string; message: string }; results: { topic: string }[] };
    expect(r.code).toBe(0);
    expect(data.triage.level).toBe('urgent');
    expect(data.triage.message).toMatch(/^A hot, swollen, painful calf can be a blood clot \(DVT\)\. See a doctor today\./);
    expect(data.results[0]?.topic).toBe('red-flags');
  });

  it('--json has triage null for an ordinary query', async () => {
    const r = await osteo(['search', 'fear of falling', '--json'], { contentDir: CONTENT });
    expect((JSON.parse(r.stdout) as { triage: unknown }).triage).toBeNull();
  });

  it('plain mode spells the level out', async () => {
    const r = await osteo(['search', 'chest pain', '--plain'], { contentDir: CONTENT });
    expect(r.stdout).toMatch(/^EMERGENCY: Chest pain or sudden breathlessness/);
  });
});

describe('matchTriage rules', () => {
  const base = topics[0];
  if (!base) throw new Error('no topics');
  const rules = {
    ...base,
    id: 'rules',
    triage: {
      messages: { emergency: 'Call now.', urgent: 'See a doctor today.' },
      signs: [
        { level: 'urgent' as const, sign: 'Urgent sign', when: [[['knee'], ['red', 'hot']]] },
        { level: 'emergency' as const, sign: 'Emergency sign', when: [[['get up'], ['cannot']]] },
      ],
    },
  };

  it('needs every slot of a pattern, in any order, and several words side by side', () => {
    expect(matchTriage([rules], 'hot knee')?.sign).toBe('Urgent sign');
    expect(matchTriage([rules], 'knee')).toBeNull();
    expect(matchTriage([rules], 'cannot get up')?.sign).toBe('Emergency sign');
    expect(matchTriage([rules], 'cannot get the cat up')).toBeNull();
  });

  it('an emergency beats an urgent sign, and the message says the sign then what to do', () => {
    expect(matchTriage([rules], 'red knee, cannot get up')).toMatchObject({
      level: 'emergency',
      message: 'Emergency sign. Call now.',
      topic: { id: 'rules' },
    });
  });
});
