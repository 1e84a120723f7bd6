// What seeded customers did in the shop: order totals, downloadable purchases and the user meta
// plugins leave behind. Kept apart from identity so each part stays small.

import type { DownloadGrant, JsonValue, MetaRow } from './types.ts';
import type { Random } from './seed-random.ts';
import { SITE_GMT_OFFSET_MINUTES } from './seed-time.ts';

const DAY_MS = 86_400_000;
const OFFSET_MS = SITE_GMT_OFFSET_MINUTES * 60_000;

export interface OrderSummary {
  ordersCount: number;
  totalSpent: string;
  isPayingCustomer: boolean;
  lastOrderDate: number;
}

/** Cents as WooCommerce prints money in the API: "1234.50". */
export function formatCents(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/**
 * A customer's order history after registering and before `end`. Only paid orders (processing,
 * completed) count towards total_spent and is_paying_customer; a few customers only ever left
 * pending or failed orders, which still count in orders_count.
 */
export function makeOrders(random: Random, registered: number, end: number): OrderSummary {
  const skew = random.next();
  const ordersCount = 1 + Math.floor(39 * skew * skew * skew);
  const neverPaid = random.chance(0.05);
  const unpaid =
    ordersCount > 1 && random.chance(0.2) ? random.int(1, Math.min(3, ordersCount - 1)) : 0;
  const paidCount = neverPaid ? 0 : ordersCount - unpaid;
  let cents = 0;
  for (let order = 0; order < paidCount; order += 1) cents += random.int(499, 34_999);
  // The last order leans towards recent times, at least a minute after registering.
  const span = end - registered - 120_000;
  const late = 1 - random.next() ** 2;
  const lastOrderDate = Math.floor((registered + 60_000 + span * late) / 1000) * 1000;
  return {
    ordersCount,
    totalSpent: formatCents(cents),
    isPayingCustomer: paidCount > 0,
    lastOrderDate,
  };
}

const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** WooCommerce's order key: "wc_order_" and 13 random letters or digits. */
export function makeOrderKey(random: Random): string {
  let key = 'wc_order_';
  for (let index = 0; index < 13; index += 1) key += KEY_CHARS.charAt(random.int(0, 61));
  return key;
}

/** umeta_id values: ascending with gaps, because core and plugin meta rows sit in between. */
export function createMetaIds(random: Random, start: number): () => number {
  let last = start;
  return () => {
    last += random.int(1, 25);
    return last;
  };
}

const TOPICS = ['shoes', 'sale', 'new-arrivals', 'recipes', 'events'];
const META_KEYS = [
  'preferred_contact',
  'loyalty_tier',
  '_wc_last_active',
  'newsletter_topics',
  'crm_profile',
  'vip',
] as const;

function metaValue(random: Random, key: (typeof META_KEYS)[number], lastActive: number): JsonValue {
  switch (key) {
    case 'preferred_contact':
      return random.pick(['email', 'email', 'phone', 'sms', 'post']);
    case 'loyalty_tier':
      return random.pick(['bronze', 'silver', 'gold', 'platinum']);
    case '_wc_last_active':
      // WooCommerce keeps the start of the (UTC) day, in seconds, as a string.
      return String(Math.floor(lastActive / DAY_MS) * 86_400);
    case 'newsletter_topics':
      return TOPICS.filter(() => random.chance(0.4))
        .concat(random.pick(TOPICS))
        .filter(unique);
    case 'crm_profile':
      return {
        id: random.int(1000, 99_999),
        segment: random.pick(['retail', 'wholesale', 'trade']),
      };
    case 'vip':
      return '1';
  }
}

function unique<T>(item: T, index: number, items: T[]): boolean {
  return items.indexOf(item) === index;
}

/** One to four plugin meta rows with distinct keys, in a random order. */
export function makeMeta(random: Random, nextId: () => number, lastActive: number): MetaRow[] {
  const keys = [...META_KEYS];
  const count = random.int(1, 4);
  const rows: MetaRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const swap = random.int(index, keys.length - 1);
    const key = keys[swap] ?? 'vip';
    keys[swap] = keys[index] ?? key;
    keys[index] = key;
    rows.push({ id: nextId(), key, value: metaValue(random, key, lastActive) });
  }
  return rows;
}

interface DownloadableFile {
  productId: number;
  productName: string;
  downloadId: string;
  downloadName: string;
  fileName: string;
  uploaded: string;
}

// The store's downloadable products. A file's download id belongs to the product, so every
// buyer of the same file shares it, as in WooCommerce.
const FILES: DownloadableFile[] = [
  {
    productId: 12,
    productName: "Baker's Guide to Sourdough",
    downloadId: '3f0c8a52-5b1e-4c1d-9a27-6d1f2b7c9e01',
    downloadName: 'Sourdough guide (PDF)',
    fileName: 'sourdough-guide.pdf',
    uploaded: '2021/03',
  },
  {
    productId: 12,
    productName: "Baker's Guide to Sourdough",
    downloadId: 'b81d4e07-2c9a-4f6e-8d35-0a7e19c4b2f6',
    downloadName: 'Sourdough guide (EPUB)',
    fileName: 'sourdough-guide.epub',
    uploaded: '2021/03',
  },
  {
    productId: 27,
    productName: 'Lo-fi Beats Vol. 2',
    downloadId: 'e5a9c3f1-7d24-4b8e-a6c0-93f2d1b7e458',
    downloadName: 'Album (MP3, 320 kbps)',
    fileName: 'lofi-beats-vol-2.zip',
    uploaded: '2022/07',
  },
  {
    productId: 31,
    productName: 'Watercolour Brush Pack',
    downloadId: '0d6b2e94-a31f-4c57-9e8b-5f17c2a4d903',
    downloadName: 'Brushes',
    fileName: 'watercolour-brushes.abr',
    uploaded: '2020/11',
  },
  {
    productId: 45,
    productName: 'Trail Running: 16-Week Plan',
    downloadId: '7c1f5a38-e962-4d0b-b4a7-2e8d6f9c1a75',
    downloadName: 'Training plan',
    fileName: 'trail-plan-16-weeks.pdf',
    uploaded: '2023/02',
  },
  {
    productId: 58,
    productName: 'Knitting Pattern: Fair Isle Hat',
    downloadId: 'a4e8d2c6-1b73-4f59-8c0e-6d3a9b5f2e17',
    downloadName: 'Pattern',
    fileName: 'fair-isle-hat.pdf',
    uploaded: '2019/10',
  },
  {
    productId: 63,
    productName: '家常菜谱（电子书）',
    downloadId: 'c2b7f9e1-5d48-4a36-9f1c-8e0a3d6b7c54',
    downloadName: '菜谱 PDF',
    fileName: 'jiachang-caipu.pdf',
    uploaded: '2024/01',
  },
  {
    productId: 77,
    productName: 'Font Family “Nordlys”',
    downloadId: '91d3a6f8-4e2b-4c7a-b5d0-1f8e7c2a9b36',
    downloadName: 'Fonts (OTF + WOFF2)',
    fileName: 'nordlys-font.zip',
    uploaded: '2025/05',
  },
];

/** A site-local midnight, as access_expires dates are whole days. */
function siteMidnight(epochMs: number): number {
  return Math.floor((epochMs + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

export function makeDownloads(
  random: Random,
  order: { id: number; key: string; date: number },
): DownloadGrant[] {
  const count = random.int(1, 3);
  const chosen = new Set<DownloadableFile>();
  while (chosen.size < count) chosen.add(random.pick(FILES));
  return [...chosen].map((file) => {
    const limited = random.next();
    const expires = random.chance(0.4);
    return {
      downloadId: file.downloadId,
      productId: file.productId,
      productName: file.productName,
      downloadName: file.downloadName,
      orderId: order.id,
      orderKey: order.key,
      downloadsRemaining: limited < 0.6 ? '' : limited < 0.85 ? '3' : String(random.int(0, 5)),
      accessExpires: expires ? siteMidnight(order.date + random.pick([30, 365]) * DAY_MS) : null,
      fileName: file.fileName,
      fileUrl: `https://demo-store.test/wp-content/uploads/woocommerce_uploads/${file.uploaded}/${file.fileName}`,
    };
  });
}
