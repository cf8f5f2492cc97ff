// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup); // no vitest globals, so testing-library cannot clean up by itself
import { resourcesFor } from '../../../lib/ext/resources';
import { VerdictPanel } from '../../../lib/ext/ui/VerdictPanel';
import { testFeed } from '../helpers/feed';
import { finding, verdict } from '../helpers/verdict';

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';

describe('VerdictPanel', () => {
  it('shows level, each warning sign with its evidence, explanation, advice, source and questions', () => {
    render(<VerdictPanel verdict={verdict()} title="Housemaid in Dubai" resources={[]} headingId="h" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('High risk');
    expect(screen.getByText('Housemaid in Dubai').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('The employer keeps the passport')).toBeTruthy();
    expect(screen.getByText('passport kept by employer').tagName).toBe('MARK');
    expect(screen.getByText('Nobody may take your passport.')).toBeTruthy();
    expect(screen.getByText('Keep your passport.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /ILO Indicators of Forced Labour/ }).getAttribute('href')).toBe('https://www.ilo.org/x');
    expect(screen.getByText('Will I keep my passport?').getAttribute('dir')).toBe('auto');
    expect(screen.getByText(/Recruit Radar looks for known warning signs/)).toBeTruthy();
  });

  it('renders page text as text: markup in an ad never becomes elements', () => {
    const v = verdict({ findings: [finding({ evidence: [{ field: 'description', start: 0, end: 5, text: HOSTILE }] })] });
    const { container } = render(<VerdictPanel verdict={v} title={HOSTILE} resources={[]} headingId="h" />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('links only http(s) sources', () => {
    const v = verdict({ findings: [finding({ sources: [{ title: 'Bad source', publisher: 'X', url: 'javascript:alert(1)' }] })] });
    render(<VerdictPanel verdict={v} resources={[]} headingId="h" />);
    expect(screen.queryByRole('link', { name: /Bad source/ })).toBeNull();
    expect(screen.getByText(/Bad source/)).toBeTruthy();
  });

  it('lists help lines for the countries named, with source and date checked', () => {
    const v = verdict({ countries: ['PH', 'NP'] });
    render(<VerdictPanel verdict={v} resources={resourcesFor(v.countries, testFeed().resources)} headingId="h" />);
    expect(screen.getByRole('heading', { name: 'Where to get help' })).toBeTruthy();
    expect(screen.getByText('DMW hotline')).toBeTruthy();
    expect(screen.getByText(/1348/)).toBeTruthy();
    expect(screen.getByText(/news report, 2025-09-28\), checked 2026-06/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'example.org' }).map((a) => a.getAttribute('href'))).toContain('https://example.org/dmw');
    expect(screen.getByText('Worldwide line')).toBeTruthy();
  });

  it('offers "Show in page" and says so when the text is not on the page', () => {
    const show = vi.fn().mockReturnValue(false);
    render(<VerdictPanel verdict={verdict()} resources={[]} headingId="h" onShowEvidence={show} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show in page' }));
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ text: 'passport kept by employer' }));
    expect((screen.getByRole('button', { name: 'Not found on this page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says what is missing in plain words, and shows good signs separately', () => {
    const v = verdict({ level: 'low', findings: [finding({ evidence: [], missing: ['company'] })], mitigations: [finding({ ruleId: 'licence', kind: 'mitigator', title: 'Licence number given' })] });
    render(<VerdictPanel verdict={v} resources={[]} headingId="h" />);
    expect(screen.getByText('the company name')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Good signs' })).toBeTruthy();
    expect(screen.getByText('Licence number given')).toBeTruthy();
  });

  it('says when the text reads as a notice rather than an offer, and reads saved results without notices', () => {
    const v = verdict({ level: 'low', notices: [finding({ ruleId: 'warning-notice', kind: 'notice', title: 'A warning notice' })] });
    const { unmount } = render(<VerdictPanel verdict={v} resources={[]} headingId="h" />);
    expect(screen.getByText(/reads as a warning or an information notice/)).toBeTruthy();
    unmount();
    const old = { ...verdict({ level: 'low' }) } as Partial<ReturnType<typeof verdict>>;
    delete old.notices;
    render(<VerdictPanel verdict={old as ReturnType<typeof verdict>} resources={[]} headingId="h" />);
    expect(screen.queryByText(/reads as a warning or an information notice/)).toBeNull();
  });

  it('has a close button when used as a dialog, and says when text was cut', () => {
    const close = vi.fn();
    render(<VerdictPanel verdict={verdict({ level: 'none', findings: [], questions: [], truncated: true })} resources={[]} headingId="h" onClose={close} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(close).toHaveBeenCalled();
    expect(screen.getByText(/only its beginning was checked/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('No warning signs');
  });
});
