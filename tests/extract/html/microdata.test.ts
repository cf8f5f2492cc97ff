import { describe, expect, it } from 'vitest';
import { extractMicrodata, hasMicrodataJobPosting } from '../../../lib/extract/html/microdata';
import { parseHtml, readOwnPage } from '../../helpers/dom';

const URL_ = 'https://careers.alnoorhospital.example.ae/vacancies';

describe('extractMicrodata', () => {
  const doc = parseHtml(readOwnPage('generic/microdata.html'), URL_);
  const { postings, notes } = extractMicrodata(doc, URL_);

  it('finds every JobPosting item (https and http itemtypes), each with its element', () => {
    expect(notes).toEqual([]);
    expect(postings.map((p) => p.posting.title)).toEqual(['Registered Nurse - Emergency Department', 'Pharmacy Technician']);
    expect(postings.map((p) => p.element?.className)).toEqual(['vacancy', 'vacancy']);
  });

  it('reads nested organisation, place/address, MonetaryAmount/QuantitativeValue, meta and time', () => {
    const p = postings[0]!.posting;
    expect(p).toMatchObject({
      company: 'Al Noor Hospital',
      location: 'Abu Dhabi, AE',
      salary: 'AED 14,000\u201318,000 per month',
      url: 'https://careers.alnoorhospital.example.ae/vacancies/rn-ed-2024',
    });
    expect(p.structured).toEqual({
      hiringOrganization: { name: 'Al Noor Hospital', sameAs: 'https://www.linkedin.com/company/al-noor-hospital-example' },
      baseSalary: { currency: 'AED', min: 14000, max: 18000, unitText: 'MONTH' },
      jobLocation: [{ street: 'Khalifa Street', locality: 'Abu Dhabi', country: 'AE' }],
      employmentType: ['FULL_TIME'],
      datePosted: '2024-03-05',
      validThrough: '2024-04-15',
    });
  });

  it('keeps description paragraphs and does not mix in the nested items\' own properties', () => {
    expect(postings[0]!.posting.description).toBe(
      'Provide emergency nursing care in a 40-bed department.\n\nDOH licence (or eligibility) required. Relocation, housing allowance and annual flight provided. The hospital covers all recruitment costs.',
    );
  });

  it('reads a linked title as text, a plain-text organisation, and repeated properties as a list', () => {
    const p = postings[1]!.posting;
    expect(p).toMatchObject({ title: 'Pharmacy Technician', company: 'Al Noor Hospital', url: URL_ });
    expect(p.structured?.employmentType).toEqual(['FULL_TIME', 'TEMPORARY']);
  });

  it('presence test', () => {
    expect(hasMicrodataJobPosting(doc)).toBe(true);
    expect(hasMicrodataJobPosting(parseHtml('<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">x</span></div>'))).toBe(false);
  });

  it('ignores items that are not JobPostings even when the type name contains it', () => {
    const d = parseHtml('<div itemscope itemtype="https://example.org/NotAJobPostingThing"><span itemprop="title">x</span></div>');
    expect(extractMicrodata(d).postings).toEqual([]);
  });
});
