import { describe, expect, it } from 'vitest';
import { orderAdminUrl, userAdminUrl } from './wp-admin-links';

describe('wp-admin links', () => {
  it('point into wp-admin under WordPress’s own address, sub-directories kept', () => {
    expect(orderAdminUrl('https://shop.test', 17)).toBe(
      'https://shop.test/wp-admin/post.php?post=17&action=edit',
    );
    expect(orderAdminUrl('https://shop.test/wp/', 17)).toBe(
      'https://shop.test/wp-admin/post.php?post=17&action=edit'.replace('.test/', '.test/wp/'),
    );
    expect(userAdminUrl('http://127.0.0.1:8787/sub', 130)).toBe(
      'http://127.0.0.1:8787/sub/wp-admin/user-edit.php?user_id=130',
    );
  });

  it('drop a query or fragment from the base, and give no link for a base that is not http(s)', () => {
    expect(userAdminUrl('https://shop.test/?lang=de#x', 5)).toBe(
      'https://shop.test/wp-admin/user-edit.php?user_id=5',
    );
    expect(userAdminUrl('javascript:alert(1)', 5)).toBeNull();
    expect(orderAdminUrl('not a url', 5)).toBeNull();
  });
});
