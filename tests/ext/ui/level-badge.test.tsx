// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup); // no vitest globals, so testing-library cannot clean up by itself
import { LevelBadge } from '../../../lib/ext/ui/LevelBadge';

describe('LevelBadge', () => {
  it('reads without colour: icon and word, and a full accessible name', () => {
    render(<LevelBadge level="high" findings={3} expanded={false} onToggle={() => {}} />);
    const b = screen.getByRole('button', { name: /Recruit Radar: High risk, 3 warning signs/ });
    expect(b.textContent).toContain('⚠');
    expect(b.textContent).toContain('High risk');
    expect(b.getAttribute('aria-expanded')).toBe('false');
  });

  it.each([
    ['none', 'No warning signs'],
    ['low', 'Low risk'],
    ['medium', 'Medium risk'],
  ] as const)('level %s says "%s"', (level, word) => {
    render(<LevelBadge level={level} findings={0} expanded onToggle={() => {}} />);
    expect(screen.getByRole('button').textContent).toContain(word);
  });

  it('toggles on click without following the card link it sits in', () => {
    const toggle = vi.fn();
    const outer = vi.fn();
    render(
      <a href="https://jobs.example/1" onClick={outer}>
        <LevelBadge level="medium" findings={1} expanded={false} onToggle={toggle} />
      </a>,
    );
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('button').dispatchEvent(ev);
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(ev.defaultPrevented).toBe(true);
    expect(outer).not.toHaveBeenCalled();
  });

  it('works from the keyboard (it is a real button)', () => {
    const toggle = vi.fn();
    render(<LevelBadge level="low" findings={1} expanded={false} onToggle={toggle} />);
    const b = screen.getByRole('button');
    expect(b.tagName).toBe('BUTTON');
    expect(b.getAttribute('type')).toBe('button');
    fireEvent.click(b);
    expect(toggle).toHaveBeenCalled();
  });
});
