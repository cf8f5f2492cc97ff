import { describe, expect, it } from 'vitest';
import { extractFees } from '../../lib/extract/fees';

const charged = (t: string) => extractFees(t).filter((f) => f.chargedToWorker && !f.negated);

describe('round 10: lawful living costs and fees under other names', () => {
  it('an optional or consented housing deduction is not a fee', () => {
    expect(charged('El alojamiento es opcional y tiene un coste de 150 €/mes que se descuenta en nómina con tu autorización firmada.')).toEqual([]);
    expect(charged('KTX công ty 300k/tháng trừ vào lương (tự nguyện đăng ký, ở ngoài thì ko trừ)\nKo thu phí tuyển dụng.')).toEqual([]);
    expect(charged('company dorm ¥20,000/mo kaltas sa sahod (nakasulat sa kontrata, pwede ka rin kumuha ng sariling apartment)')).toEqual([]);
  });
  it('the official consular fee, a service-charge share and an employer-paid fee are not charged', () => {
    expect(charged('El empleador tramita el visado; tú solo pagas la tasa consular oficial en el consulado.')).toEqual([]);
    expect(charged('月薪5500-7000迪拉姆+服务费分成，每周工作48小时')).toEqual([]);
    expect(charged('Chủ sử dụng trả phí tuyển dụng và vé máy bay sang.')).toEqual([]);
  });
  it('a fee under another name or sent by another verb is charged', () => {
    expect(charged('Para abrir o processo o candidato faz uma contribuição de 850.000 Kz na conta BAI.')[0]?.amount?.amount).toBe(850000);
    expect(charged('Para agendar su cita debe depositar 380 USD por concepto de examen médico y seguro.')[0]?.amount?.amount).toBe(380);
    expect(charged('trebuie sa trimiti 200€ pe Western Union pt bilet si acte')[0]?.amount?.amount).toBe(200);
    expect(charged('Оформление мед.книжки, пропуска и спецодежды — 4900₽, оплачиваете при заселении').length).toBeGreaterThan(0);
  });
  it("'voluntary' or 'optional' never excuses a recruitment cost (a known euphemism)", () => {
    expect(charged('Processing fee 38,000 KES, voluntary contribution to the office, pay before visa.').length).toBeGreaterThan(0);
    expect(charged('Taxa de agenciamento 900 euros, opcional mas recomendada, paga antes da viagem.').length).toBeGreaterThan(0);
  });
  it('a plain statement that there are no fees is not a fee', () => {
    expect(charged('الشركة لا تتقاضى أي رسوم من العامل. لا توجد أي رسوم توظيف.')).toEqual([]);
  });
});
