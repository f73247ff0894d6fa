// Autocomplete for the search box, as an ARIA 1.2 combobox: the input keeps focus, arrow keys move
// the active option (aria-activedescendant), Enter picks it, Escape closes the list.
import * as api from './api.js';
import { el, replace } from './dom.js';

const KIND_NAMES = { person: 'Person', venue: 'Venue', work: 'Paper' };
const DELAY_MS = 120;

function optionText(text, typed) {
  // Bold the typed prefix when the suggestion starts with it; all text goes in as text nodes.
  const at = text.toLowerCase().indexOf(typed.toLowerCase());
  if (!typed || at < 0) return [el('span', { class: 'option__text', text })];
  return [el('span', { class: 'option__text' },
    text.slice(0, at), el('strong', { text: text.slice(at, at + typed.length) }), text.slice(at + typed.length))];
}

/** Wires the combobox; onPick(suggestion) runs when an option is chosen. */
export function setupSuggest(input, listbox, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let itemsFor = '';

  const setActive = (index) => {
    active = index;
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `sug-${active}`);
      listbox.children[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (!items.length) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const pick = (index) => {
    const choice = items[index];
    close();
    if (choice) onPick(choice);
  };
  const show = (list, typed) => {
    items = list.slice(0, 8);
    itemsFor = typed;
    replace(listbox, items.map((s, i) => el('li', {
      id: `sug-${i}`, role: 'option', class: 'option', 'aria-selected': 'false', 'data-testid': 'suggestion',
      onMousedown: (e) => e.preventDefault(),
      onClick: () => pick(i),
    }, optionText(s.text, typed), el('span', { class: `option__kind option__kind--${s.kind}`, text: KIND_NAMES[s.kind] ?? s.kind }))));
    active = -1;
    if (items.length && document.activeElement === input) open();
    else close();
  };
  const fetchFor = async (typed) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const body = await api.suggest(typed, controller.signal);
      if (input.value.trim() !== typed) return;
      show(Array.isArray(body) ? body : body.suggestions ?? [], typed);
    } catch (e) {
      // Autocomplete is a convenience: on failure the box keeps working as a plain search box.
      if (e.name !== 'AbortError') show([], typed);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2) {
      controller?.abort();
      items = [];
      close();
      return;
    }
    timer = setTimeout(() => fetchFor(typed), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const isOpen = !listbox.hidden;
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      open();
      setActive(isOpen ? (active + 1) % items.length : 0);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      open();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && isOpen && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && isOpen) {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      close();
    }
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => {
    if (itemsFor !== '' && itemsFor === input.value.trim()) open();
  });
  return {
    close() {
      clearTimeout(timer);
      controller?.abort();
      close();
    },
  };
}
