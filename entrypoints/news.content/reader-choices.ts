/**
 * "Not this one": the readings a reader chose for names on this page or site,
 * applied to mentions as they are linked. Choices live in `linkChoicesItem`
 * (utils/settings.ts), so they survive reloads and reach every open tab.
 */
import type { Alternative, BackgroundRequest, CardResponse, WireMention } from '../../utils/protocol.ts';
import {
  aliasKeyOf,
  choiceFor,
  EMPTY_LINK_CHOICES,
  getLinkChoices,
  rememberLinkChoice,
  type LinkChoices,
} from '../../utils/settings.ts';
import type { PageMention } from './mention-list.ts';
import { askData } from '../../utils/ask-data.ts';

type Known = Pick<Alternative, 'id' | 'name' | 'type'> & { role?: string | undefined };

/** The mention as the entity the reader chose: the linker's reading becomes an alternative. */
function chosenReading(original: WireMention, chosen: Known & { score?: number }): WireMention {
  const others = (original.alternatives ?? []).filter((a) => a.id !== chosen.id);
  const linked: Alternative = {
    id: original.id,
    name: original.name,
    type: original.type,
    score: original.score,
  };
  return {
    ...original,
    id: chosen.id,
    name: chosen.name,
    type: chosen.type,
    score: chosen.score ?? original.score,
    chosen: true,
    runnerUp: { id: original.id, name: original.name, score: original.score },
    alternatives: [linked, ...others],
  };
}

export class ReaderChoices {
  private choices: LinkChoices = EMPTY_LINK_CHOICES;
  /** Entities the reader chose that no mention carries as an alternative any more (looked up once). */
  private readonly known = new Map<string, Known>();

  /** Called when a looked-up entity arrives and mentions should be re-read. */
  constructor(private readonly onChanged: () => void) {}

  async load(): Promise<void> {
    this.choices = await getLinkChoices().catch(() => EMPTY_LINK_CHOICES);
  }

  set(value: LinkChoices | null): void {
    this.choices = { sites: value?.sites ?? {}, pages: value?.pages ?? {} };
  }

  /** Give a mention the reading the reader chose for it on this page or site, if any. */
  apply(m: PageMention): PageMention {
    const o = m.original;
    const choice = choiceFor(this.choices, location.href, aliasKeyOf(o.alias, o.id));
    m.dismissed = choice === null;
    m.wire = o;
    if (choice && choice !== o.id) {
      const chosen = o.alternatives?.find((a) => a.id === choice) ?? this.known.get(choice);
      if (chosen) m.wire = chosenReading(o, chosen);
      else void this.lookUp(choice);
    }
    m.type = m.wire.type;
    return m;
  }

  /** Remember the reader's answer for a mention: another entity, or `null` for "not a link". */
  async remember(m: PageMention, id: string | null): Promise<void> {
    const o = m.original;
    await rememberLinkChoice(location.href, aliasKeyOf(o.alias, o.id), id);
    this.choices = await getLinkChoices();
  }

  /** Name and type of a chosen entity the linker no longer offers (context changed). */
  private async lookUp(id: string): Promise<void> {
    if (this.known.has(id)) return;
    this.known.set(id, { id, name: id, type: 'other' }); // once
    const request: BackgroundRequest = { type: 'card', id };
    const res = (await askData(request).catch(() => null)) as CardResponse | null;
    const card = res?.ok ? res.card : null;
    if (!card) {
      this.known.delete(id);
      return;
    }
    this.known.set(id, { id, name: card.name, type: card.type, role: card.role });
    this.onChanged();
  }
}
